// Denial letters written for the OCR tests and bench (invented payers, members and numbers).

export const OCR_LETTERS: Array<{ name: string; text: string }> = [
  {
    name: 'erisa-mri-medical-necessity',
    text: `Summit Mutual Health Plan
Utilization Management Department
PO Box 4410, Hartford, CT 06101

March 3, 2026

NOTICE OF ADVERSE BENEFIT DETERMINATION

Member: Dana R. Whitfield
Member ID: SMH448120937
Group number: 77120 (Northwind Logistics employee health plan)
Claim number: 2026030300417
Provider: Lakeside Orthopedic Associates
Date of service: February 11, 2026
Service: MRI lumbar spine without contrast (CPT 72148)
Amount billed: $1,840.00

We reviewed the claim listed above and denied it. The service is not medically necessary.
Our reviewer found that the records did not show six weeks of conservative treatment before
the imaging was ordered.

This decision was made under your employer's group health plan, which is governed by the
Employee Retirement Income Security Act of 1974 (ERISA).

You have the right to appeal this decision. You must file your appeal within 180 days of the
date you receive this letter. Send your written appeal to Summit Mutual Appeals Unit,
PO Box 4415, Hartford, CT 06101, or fax it to 1-860-555-0147.

If your appeal is denied, you have the right to bring a civil action under section 502(a)
of ERISA. You may request, free of charge, copies of all documents relevant to your claim.

For questions call Member Services at 1-800-555-0199.`,
  },
  {
    name: 'ma-prior-authorization',
    text: `Evergreen Advantage Plus (HMO)
A Medicare Advantage plan

Notice of Denial of Payment

Date: January 20, 2026
Member name: Harold T. Benning
Member number: EVA902214455
Claim number: MA26011900032
Date of service: December 29, 2025
Service: Home infusion therapy, HCPCS J1100

We have denied payment for the service listed above because prior authorization was not
obtained before the service was provided. Our plan rules require prior authorization for
home infusion services.

If you disagree with this decision, you have the right to ask for a reconsideration. You
must ask within 65 days from the date of this notice. Mail your request to Evergreen
Advantage Appeals, 2200 Cedar Avenue, Portland, OR 97201.

You may ask for a fast decision if waiting could seriously harm your health.
Call us at 1-888-555-0123, 8 a.m. to 8 p.m., seven days a week. TTY users call 711.`,
  },
];
