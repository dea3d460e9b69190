/**
 * Self-service for the cadre: their own record, requests to correct it (reviewed by a personnel
 * officer whose scope covers them), and who has accessed it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-service")
package vn.cbcs.selfservice;
