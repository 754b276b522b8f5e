package com.aftersales.bpm.common;

/**
 * Implemented by the owner of a table of ours whose rows are deleted {@code aftersales.records.keep-days}
 * after they were written ({@link RecordRetention}, ADR 38).
 */
public interface KeptRecords {

  Table keptTable();

  /** The table and its column that says when a row was written (received, answered, sent, signed); from our code, never from input. */
  record Table(String name, String writtenAt) {}
}
