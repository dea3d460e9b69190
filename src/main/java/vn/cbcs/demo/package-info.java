/**
 * The demo province: a seeded, deterministic generator of realistic synthetic cadres and civil
 * servants — Bắc Kạn's communes from 2016 to 30-6-2025, carried by transfer decisions into Thái
 * Nguyên's successor communes on 1-7-2025, to today — and the same generator at national scale for
 * benchmarks. Writes only through the APIs of people, qualifications and positions. Never runs in
 * production mode.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.cbcs.demo;
