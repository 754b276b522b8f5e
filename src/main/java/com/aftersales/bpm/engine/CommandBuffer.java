package com.aftersales.bpm.engine;

/**
 * Writes collected during one engine command, done once when the command flushes (after the
 * engine's own writes, in the same transaction); a command that fails flushes nothing. One
 * instance per command and type: {@link EngineCommand#buffer}.
 */
public interface CommandBuffer {

  void flush();
}
