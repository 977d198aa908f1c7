export default `
# Social care and public service: care work, support work, casework, safeguarding adults. Care Certificate,
# DBS checks and social work registration are cert's.

safeguarding-adults | Safeguarding Adults | adult safeguarding, safeguarding vulnerable adults, adult protection, protection of vulnerable adults, POVA | | safeguarding-children | e:w
person-centred-care | Person-centred Care | person-centered care, person centred care, person-centred approach, person-centered planning | | care-planning | e:w
social-casework | Case Management | casework, caseload management, case management services, managing a caseload, social casework | | needs-assessment | e:m
needs-assessment | Needs Assessment | needs assessments, care needs assessment, social care assessments, holistic assessments | | care-planning | e:w
mental-capacity-act | Mental Capacity Act | MCA, Mental Capacity Act 2005, Deprivation of Liberty Safeguards, DoLS, best interests assessments | safeguarding-adults | | cs e:w
mental-health-support | Mental Health Support | mental health first aid skills, supporting people with mental health needs, psychosocial support | | crisis-intervention | e:m
crisis-intervention | Crisis Intervention | crisis support, crisis management in social care, suicide risk assessment, suicide prevention | | mental-health-support | e:w
substance-misuse-support | Substance Misuse Support | substance abuse counseling, substance abuse counselling, addiction support, drug and alcohol services, harm reduction | | crisis-intervention | e:m
domiciliary-care | Domiciliary Care | home care, homecare, care at home, in-home care, home health aide duties | adl-assistance | | e:w
learning-disability-support | Learning Disability Support | supporting people with learning disabilities, learning disabilities support, intellectual disability support, developmental disabilities support | | autism-support | e:w
companionship-care | Companionship Care | companionship, social inclusion support | | domiciliary-care | e:d
meal-assistance | Assistance with Meals | meal preparation for clients, feeding assistance, assisting with eating and drinking | adl-assistance | | e:d
child-welfare | Child Welfare | child welfare casework, child protection investigations, looked after children, foster care placement, children in care | | safeguarding-children | e:m
benefits-advice | Welfare Benefits Advice | benefits advice, welfare rights, benefit entitlement advice, housing benefit advice | | | e:w
housing-support | Housing Support | tenancy sustainment, homelessness support, supported housing, housing advice | | benefits-advice | e:w
motivational-interviewing | Motivational Interviewing | MI techniques | | substance-misuse-support | e:w
trauma-informed-care | Trauma-informed Care | trauma informed practice, trauma-informed practice, trauma-informed approach | | crisis-intervention | e:w
end-of-life-care | End of Life Care | palliative care, end-of-life care, hospice care | | dementia-care | e:m
community-outreach | Community Outreach | outreach work, street outreach, community engagement work | | | e:w
youth-work | Youth Work | youth development work, youth mentoring, youth engagement | | | e:m
`;
