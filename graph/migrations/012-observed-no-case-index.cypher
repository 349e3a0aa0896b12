// Reading a node's observations starts from the node and follows its few OF/OBSERVED
// relationships; an index on OBSERVED's case and time led the planner to scan every observation of
// the case for each node instead (quadratic on a large capture), and no read needs it.
DROP INDEX observed_case_at IF EXISTS;
