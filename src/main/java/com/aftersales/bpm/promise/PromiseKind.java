package com.aftersales.bpm.promise;

/** What a sales promise is about (SPEC 6: free items, service, time and price promises). */
public enum PromiseKind { FREE_SERVICE, SERVICE, TIME, PRICE, OTHER }
