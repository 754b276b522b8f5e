package com.aftersales.bpm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AftersalesApplication {

  public static void main(String[] args) {
    SpringApplication.run(AftersalesApplication.class, args);
  }
}
