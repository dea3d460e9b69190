/**
 * Rules with their legal source and effective period: for now the statutory retirement age (Labour
 * Code 2019 Art. 169, NĐ 135/2020). Position standards, quotas and the compliance engine come with
 * the standards issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standards")
package vn.cbcs.standards;
