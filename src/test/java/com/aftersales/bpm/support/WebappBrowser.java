package com.aftersales.bpm.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * A browser's session with the Camunda webapps: it keeps cookies and logs in as a webapp's login
 * page does (fetch the page for the CSRF cookie, post the form with it), then sends requests in
 * that session, with the session's latest CSRF token on those that change something.
 */
public final class WebappBrowser {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String base;

  public WebappBrowser(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A browser logged in to the webapp as the user; fails the test when the login is refused. */
  public static WebappBrowser loggedIn(int port, String webapp, String user) throws IOException, InterruptedException {
    WebappBrowser browser = new WebappBrowser(port);
    HttpResponse<String> login = browser.login(webapp, user);
    if (login.statusCode() != 200) {
      throw new AssertionError(user + " could not log in to " + webapp + ": " + login.statusCode() + " " + login.body());
    }
    return browser;
  }

  /**
   * Logs in to a webapp ({@code tasklist}, {@code welcome}, …) with the demo password.
   *
   * @return the login's answer (200 when it succeeded)
   */
  public HttpResponse<String> login(String webapp, String user) throws IOException, InterruptedException {
    get("/camunda/app/" + webapp + "/default/");
    HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/"
            + webapp)).header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf())
        .POST(BodyPublishers.ofString("username=" + user + "&password=demo")));
    // the login starts a new session with a new CSRF token, which the webapp's next page load picks up
    get("/camunda/app/" + webapp + "/default/");
    return login;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** A JSON body posted in the session, with its CSRF token. */
  public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", csrf()).POST(BodyPublishers.ofString(json)));
  }

  /** A JSON body sent with {@code method} in the session, with {@code token} as its CSRF token (null: none). */
  public HttpResponse<String> sendJson(String method, String path, String json, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .method(method, BodyPublishers.ofString(json));
    return send(token == null ? request : request.header("X-XSRF-TOKEN", token));
  }

  /** The session's latest CSRF token, as the webapps' pages read it. */
  public String csrfToken() {
    return csrf();
  }

  /** A JSON body posted with the session's cookies but no CSRF token, as a plain API client would. */
  public HttpResponse<String> postJsonWithoutToken(String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), BodyHandlers.ofString());
  }

  /** The session's latest CSRF token. */
  private String csrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .reduce((first, second) -> second).orElseThrow().getValue();
  }
}
