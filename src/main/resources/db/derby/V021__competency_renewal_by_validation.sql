-- A competency that lapses with no course to renew it is renewed by an observed validation: CareLearn requests
-- one itself (competency.application.validation.ValidationRenewals). LAPSES_ON marks such a request: the day the
-- competency lapses (or lapsed); null for a request a person made. Plain SQL types, as the PostgreSQL port.

ALTER TABLE COMPETENCY_VALIDATION_REQUEST ADD COLUMN LAPSES_ON DATE;
