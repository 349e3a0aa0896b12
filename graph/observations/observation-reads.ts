/**
 * Cypher every case read uses to show an account or a post: the latest observation made by the
 * case's own captures (the query's `$caseId`), never another case's. Versions read from a
 * platform's edit history are earlier states, so they are never the current reading.
 */

/** A case's own, current OBSERVED relationship `r`. */
export const CASE_READING = (r: string) => `${r}.caseId = $caseId AND ${r}.historical IS NULL`;

/**
 * An OPTIONAL CALL that binds `<as>` to the case's latest observation of node `n` and
 * `<as>Capture` to the capture that made it (both null when the case never observed the node).
 * `carry` names variables the subquery must see besides `n`.
 */
export const LATEST = (
  n: string,
  as: string,
  carry: readonly string[] = [],
) => `OPTIONAL CALL (${[n, ...carry].join(', ')}) {
    MATCH (${n})<-[:OF]-(${as}:Observation)<-[${as}R:OBSERVED]-(${as}Capture:Capture)
    WHERE ${CASE_READING(`${as}R`)}
    RETURN ${as}, ${as}Capture ORDER BY ${as}R.at DESC, ${as}Capture.id DESC LIMIT 1
  }`;

/**
 * An expression for one value of the case's latest observation of `n` (the observation variable
 * is handed to `value`), for places a subquery clause cannot go (list comprehensions, map
 * projections); null when none. Its variables are its own, so an `o` bound by the enclosing query
 * (a post's observation, say) is never taken for the observation of `n`.
 */
export const LATEST_VALUE = (n: string, value: (o: string) => string) => `head(COLLECT {
    MATCH (${n})<-[:OF]-(latestObs:Observation)<-[latestObsR:OBSERVED]-(:Capture)
    WHERE ${CASE_READING('latestObsR')}
    WITH latestObs, latestObsR ORDER BY latestObsR.at DESC LIMIT 1 RETURN ${value('latestObs')} })`;

/** The display label of an account or post as the case read it: handle, or the start of the text. */
export const OBSERVED_LABEL = (n: string) =>
  LATEST_VALUE(n, (o) => `coalesce(${o}.handle, left(${o}.text, 80))`);
