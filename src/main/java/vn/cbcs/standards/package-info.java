/**
 * Rules with their legal source and effective period: statutory retirement age (Labour Code 2019
 * Art. 169, NĐ 135/2020), quotas per commune class and the province's allocations, position
 * standards and provincial exceptions; the compliance engine (đạt / chưa đạt, what is missing and
 * by when), commune staffing against quota and dated alerts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standards")
package vn.cbcs.standards;
