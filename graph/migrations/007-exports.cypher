// Evidence packet exports, found by id for their status and download.
CREATE CONSTRAINT export_id IF NOT EXISTS FOR (e:Export) REQUIRE e.id IS UNIQUE;
