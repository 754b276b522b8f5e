package com.aftersales.bpm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a limit with 413 before anything reads them, whether the client
 * declares the length or streams the body chunked (our API, the engine REST API and the webapps'
 * API, each with its own limit).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final int maxBytes;

  public RequestSizeLimitFilter(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      tooLarge(response);
      return;
    }
    if (declared == 0 || "GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (isForm(request)) {
      // the servlet container parses form parameters from the original stream, so a form body is
      // not buffered here: its declared length was checked above, and it must declare one
      if (declared < 0) {
        lengthRequired(response);
      } else {
        chain.doFilter(request, response);
      }
      return;
    }
    byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
    if (body.length > maxBytes) {
      tooLarge(response);
      return;
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT)
        .startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
  }

  private void lengthRequired(HttpServletResponse response) throws IOException {
    ErrorResponse.write(response, HttpStatus.LENGTH_REQUIRED, "A form body must declare its Content-Length");
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    response.setHeader("Connection", "close");
    ErrorResponse.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBytes + " bytes");
  }

  /** The request with its body already read into memory. */
  private static final class BufferedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
          encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
