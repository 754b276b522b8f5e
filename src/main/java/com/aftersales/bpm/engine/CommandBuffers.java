package com.aftersales.bpm.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** The {@link CommandBuffer}s of one command: an engine session, so the engine flushes it with its own. */
final class CommandBuffers implements Session {

  private final Map<Class<?>, CommandBuffer> buffers = new LinkedHashMap<>();

  <B extends CommandBuffer> B get(Class<B> type, Supplier<B> create) {
    return type.cast(buffers.computeIfAbsent(type, t -> create.get()));
  }

  @Override
  public void flush() {
    buffers.values().forEach(CommandBuffer::flush);
  }

  @Override
  public void close() {
    buffers.clear();
  }

  /** Opens one per command context (registered by {@link EngineHooksPlugin}). */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return CommandBuffers.class;
    }

    @Override
    public Session openSession() {
      return new CommandBuffers();
    }
  }
}
