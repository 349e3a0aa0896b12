// Case numbers are unique within a unit, not across the department: a detective opening a case must
// not learn, from "already in use", that another unit holds a case of that number (28 CFR 23.20(e)).
// The key joins unit and number, so cases opened without a unit still get one namespace of their own.
DROP CONSTRAINT case_number IF EXISTS;
MATCH (c:Case) WHERE c.numberKey IS NULL SET c.numberKey = coalesce(c.unit, '') + '/' + c.number;
CREATE CONSTRAINT case_number_in_unit IF NOT EXISTS FOR (c:Case) REQUIRE c.numberKey IS UNIQUE;
