/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SignedInUser on User {\n    id\n    username\n    displayName\n    role\n    unit\n  }\n": typeof types.SignedInUserFragmentDoc,
    "\n  query Session {\n    me {\n      ...SignedInUser\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment DrawnNode on GraphNode {\n    ref\n    kind\n    label\n  }\n": typeof types.DrawnNodeFragmentDoc,
    "\n  fragment DrawnEdge on GraphEdge {\n    from\n    to\n    type\n  }\n": typeof types.DrawnEdgeFragmentDoc,
    "\n  query Colleagues($s: String!) {\n    colleagues(search: $s) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  mutation AssignUser($c: ID!, $u: ID!) {\n    assignUser(caseId: $c, userId: $u) {\n      id\n    }\n  }\n": typeof types.AssignUserDocument,
    "\n  query AuditEvents($c: ID, $a: ID, $after: String) {\n    auditEvents(caseId: $c, actorId: $a, after: $after, first: 100) {\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        action\n        outcome\n        caseId\n        subjectType\n        subjectId\n        detail\n        ip\n      }\n      endCursor\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditCases {\n    cases(first: 100) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n": typeof types.AuditCasesDocument,
    "\n  query Authorizations($s: String) {\n    authorizations(status: $s, limit: 100) {\n      id\n      caseId\n      platform\n      method\n      personaHandle\n      justification\n      requesterId\n      requesterName\n      requestedAt\n      status\n      expired\n      decidedAt\n      decisionNote\n      writtenPermissionReference\n      expiresAt\n    }\n  }\n": typeof types.AuthorizationsDocument,
    "\n  mutation ApproveAuthorization($id: ID!, $input: AuthorizationApprovalInput!) {\n    approveAuthorization(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ApproveAuthorizationDocument,
    "\n  mutation RejectAuthorization($id: ID!, $r: String!) {\n    rejectAuthorization(id: $id, reason: $r) {\n      id\n    }\n  }\n": typeof types.RejectAuthorizationDocument,
    "\n  mutation RevokeAuthorization($id: ID!, $r: String!) {\n    revokeAuthorization(id: $id, reason: $r) {\n      id\n    }\n  }\n": typeof types.RevokeAuthorizationDocument,
    "\n  query Capture($c: ID!, $id: ID!) {\n    capture(caseId: $c, id: $id) {\n      id\n      recordJson\n      artifacts {\n        sha256\n        size\n        mediaType\n        name\n        kind\n        downloadPath\n      }\n      decision {\n        decision\n        stage\n        clauses\n        policyVersion\n        decidedAt\n        reasons {\n          clause\n          finding\n        }\n      }\n      custody {\n        seq\n        at\n        type\n        actorId\n        hash\n      }\n    }\n  }\n": typeof types.CaptureDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      purpose\n      purposeClause\n      status\n      createdAt\n      assignees {\n        username\n        role\n      }\n      persons {\n        ref\n        name\n        role\n      }\n      accounts(first: 200) {\n        ref\n        platform\n        handle\n        displayName\n      }\n      captures(first: 50) {\n        ...ExportableCapture\n      }\n      graph(maxNodes: 2000) {\n        nodes {\n          ...DrawnNode\n        }\n        edges {\n          ...DrawnEdge\n        }\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseList($search: String, $status: CaseStatus) {\n    cases(first: 50, search: $search, status: $status) {\n      nodes {\n        id\n        number\n        title\n        purpose\n        status\n        counts {\n          persons\n          accounts\n          posts\n          captures\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  mutation CreateCase($input: NewCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  mutation StartCollection($input: CollectionRequestInput!) {\n    startCollection(input: $input) {\n      jobId\n      decision {\n        decision\n        clauses\n      }\n    }\n  }\n": typeof types.StartCollectionDocument,
    "\n  query CollectionJob($c: ID!, $id: ID!) {\n    collectionJob(caseId: $c, id: $id) {\n      state\n      stage\n      captureId\n      error\n    }\n  }\n": typeof types.CollectionJobDocument,
    "\n  mutation EvaluateCollection($input: CollectionRequestInput!) {\n    evaluateCollection(input: $input) {\n      decision\n      clauses\n      policyVersion\n      reasons {\n        ruleId\n        clause\n        text\n        remedy\n        finding\n      }\n    }\n  }\n": typeof types.EvaluateCollectionDocument,
    "\n  fragment ExportableCapture on CaptureSummary {\n    id\n    platform\n    targetValue\n    status\n    startedAt\n  }\n": typeof types.ExportableCaptureFragmentDoc,
    "\n  query Exports($c: ID!) {\n    exports(caseId: $c) {\n      id\n      status\n      captureIds\n      createdAt\n      finishedAt\n      sha256\n      size\n      error\n      reason\n      downloadPath\n    }\n  }\n": typeof types.ExportsDocument,
    "\n  mutation StartExport($c: ID!, $ids: [ID!], $r: String!) {\n    startExport(caseId: $c, captureIds: $ids, reason: $r) {\n      id\n    }\n  }\n": typeof types.StartExportDocument,
    "\n  query Neighbourhood($c: ID!, $ref: String!) {\n    neighbourhood(caseId: $c, ref: $ref, hops: 1, maxNodes: 500) {\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query ShortestPath($c: ID!, $from: String!, $to: String!) {\n    shortestPath(caseId: $c, from: $from, to: $to, includeTopics: true) {\n      length\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n  mutation Login($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      ...SignedInUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query NodeDetails($c: ID!, $ref: String!) {\n    node(caseId: $c, ref: $ref) {\n      ref\n      propertiesJson\n      sourceSha256s\n      captures {\n        id\n        startedAt\n        platform\n        targetValue\n      }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  mutation RequestAuthorization($input: AuthorizationRequestInput!) {\n    requestAuthorization(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestAuthorizationDocument,
    "\n  query Timeline($id: ID!, $from: String, $to: String) {\n    case(id: $id) {\n      timeline(from: $from, to: $to, first: 500) {\n        kind\n        at\n        ref\n        summary\n      }\n    }\n  }\n": typeof types.TimelineDocument,
};
const documents: Documents = {
    "\n  fragment SignedInUser on User {\n    id\n    username\n    displayName\n    role\n    unit\n  }\n": types.SignedInUserFragmentDoc,
    "\n  query Session {\n    me {\n      ...SignedInUser\n    }\n  }\n": types.SessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment DrawnNode on GraphNode {\n    ref\n    kind\n    label\n  }\n": types.DrawnNodeFragmentDoc,
    "\n  fragment DrawnEdge on GraphEdge {\n    from\n    to\n    type\n  }\n": types.DrawnEdgeFragmentDoc,
    "\n  query Colleagues($s: String!) {\n    colleagues(search: $s) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.ColleaguesDocument,
    "\n  mutation AssignUser($c: ID!, $u: ID!) {\n    assignUser(caseId: $c, userId: $u) {\n      id\n    }\n  }\n": types.AssignUserDocument,
    "\n  query AuditEvents($c: ID, $a: ID, $after: String) {\n    auditEvents(caseId: $c, actorId: $a, after: $after, first: 100) {\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        action\n        outcome\n        caseId\n        subjectType\n        subjectId\n        detail\n        ip\n      }\n      endCursor\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditCases {\n    cases(first: 100) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n": types.AuditCasesDocument,
    "\n  query Authorizations($s: String) {\n    authorizations(status: $s, limit: 100) {\n      id\n      caseId\n      platform\n      method\n      personaHandle\n      justification\n      requesterId\n      requesterName\n      requestedAt\n      status\n      expired\n      decidedAt\n      decisionNote\n      writtenPermissionReference\n      expiresAt\n    }\n  }\n": types.AuthorizationsDocument,
    "\n  mutation ApproveAuthorization($id: ID!, $input: AuthorizationApprovalInput!) {\n    approveAuthorization(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ApproveAuthorizationDocument,
    "\n  mutation RejectAuthorization($id: ID!, $r: String!) {\n    rejectAuthorization(id: $id, reason: $r) {\n      id\n    }\n  }\n": types.RejectAuthorizationDocument,
    "\n  mutation RevokeAuthorization($id: ID!, $r: String!) {\n    revokeAuthorization(id: $id, reason: $r) {\n      id\n    }\n  }\n": types.RevokeAuthorizationDocument,
    "\n  query Capture($c: ID!, $id: ID!) {\n    capture(caseId: $c, id: $id) {\n      id\n      recordJson\n      artifacts {\n        sha256\n        size\n        mediaType\n        name\n        kind\n        downloadPath\n      }\n      decision {\n        decision\n        stage\n        clauses\n        policyVersion\n        decidedAt\n        reasons {\n          clause\n          finding\n        }\n      }\n      custody {\n        seq\n        at\n        type\n        actorId\n        hash\n      }\n    }\n  }\n": types.CaptureDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      purpose\n      purposeClause\n      status\n      createdAt\n      assignees {\n        username\n        role\n      }\n      persons {\n        ref\n        name\n        role\n      }\n      accounts(first: 200) {\n        ref\n        platform\n        handle\n        displayName\n      }\n      captures(first: 50) {\n        ...ExportableCapture\n      }\n      graph(maxNodes: 2000) {\n        nodes {\n          ...DrawnNode\n        }\n        edges {\n          ...DrawnEdge\n        }\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseList($search: String, $status: CaseStatus) {\n    cases(first: 50, search: $search, status: $status) {\n      nodes {\n        id\n        number\n        title\n        purpose\n        status\n        counts {\n          persons\n          accounts\n          posts\n          captures\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  mutation CreateCase($input: NewCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.CreateCaseDocument,
    "\n  mutation StartCollection($input: CollectionRequestInput!) {\n    startCollection(input: $input) {\n      jobId\n      decision {\n        decision\n        clauses\n      }\n    }\n  }\n": types.StartCollectionDocument,
    "\n  query CollectionJob($c: ID!, $id: ID!) {\n    collectionJob(caseId: $c, id: $id) {\n      state\n      stage\n      captureId\n      error\n    }\n  }\n": types.CollectionJobDocument,
    "\n  mutation EvaluateCollection($input: CollectionRequestInput!) {\n    evaluateCollection(input: $input) {\n      decision\n      clauses\n      policyVersion\n      reasons {\n        ruleId\n        clause\n        text\n        remedy\n        finding\n      }\n    }\n  }\n": types.EvaluateCollectionDocument,
    "\n  fragment ExportableCapture on CaptureSummary {\n    id\n    platform\n    targetValue\n    status\n    startedAt\n  }\n": types.ExportableCaptureFragmentDoc,
    "\n  query Exports($c: ID!) {\n    exports(caseId: $c) {\n      id\n      status\n      captureIds\n      createdAt\n      finishedAt\n      sha256\n      size\n      error\n      reason\n      downloadPath\n    }\n  }\n": types.ExportsDocument,
    "\n  mutation StartExport($c: ID!, $ids: [ID!], $r: String!) {\n    startExport(caseId: $c, captureIds: $ids, reason: $r) {\n      id\n    }\n  }\n": types.StartExportDocument,
    "\n  query Neighbourhood($c: ID!, $ref: String!) {\n    neighbourhood(caseId: $c, ref: $ref, hops: 1, maxNodes: 500) {\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query ShortestPath($c: ID!, $from: String!, $to: String!) {\n    shortestPath(caseId: $c, from: $from, to: $to, includeTopics: true) {\n      length\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": types.ShortestPathDocument,
    "\n  mutation Login($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      ...SignedInUser\n    }\n  }\n": types.LoginDocument,
    "\n  query NodeDetails($c: ID!, $ref: String!) {\n    node(caseId: $c, ref: $ref) {\n      ref\n      propertiesJson\n      sourceSha256s\n      captures {\n        id\n        startedAt\n        platform\n        targetValue\n      }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  mutation RequestAuthorization($input: AuthorizationRequestInput!) {\n    requestAuthorization(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestAuthorizationDocument,
    "\n  query Timeline($id: ID!, $from: String, $to: String) {\n    case(id: $id) {\n      timeline(from: $from, to: $to, first: 500) {\n        kind\n        at\n        ref\n        summary\n      }\n    }\n  }\n": types.TimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedInUser on User {\n    id\n    username\n    displayName\n    role\n    unit\n  }\n"): typeof import('./graphql').SignedInUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      ...SignedInUser\n    }\n  }\n"): typeof import('./graphql').SessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrawnNode on GraphNode {\n    ref\n    kind\n    label\n  }\n"): typeof import('./graphql').DrawnNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrawnEdge on GraphEdge {\n    from\n    to\n    type\n  }\n"): typeof import('./graphql').DrawnEdgeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues($s: String!) {\n    colleagues(search: $s) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').ColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignUser($c: ID!, $u: ID!) {\n    assignUser(caseId: $c, userId: $u) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($c: ID, $a: ID, $after: String) {\n    auditEvents(caseId: $c, actorId: $a, after: $after, first: 100) {\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        action\n        outcome\n        caseId\n        subjectType\n        subjectId\n        detail\n        ip\n      }\n      endCursor\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditCases {\n    cases(first: 100) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').AuditCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authorizations($s: String) {\n    authorizations(status: $s, limit: 100) {\n      id\n      caseId\n      platform\n      method\n      personaHandle\n      justification\n      requesterId\n      requesterName\n      requestedAt\n      status\n      expired\n      decidedAt\n      decisionNote\n      writtenPermissionReference\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').AuthorizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAuthorization($id: ID!, $input: AuthorizationApprovalInput!) {\n    approveAuthorization(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ApproveAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAuthorization($id: ID!, $r: String!) {\n    rejectAuthorization(id: $id, reason: $r) {\n      id\n    }\n  }\n"): typeof import('./graphql').RejectAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAuthorization($id: ID!, $r: String!) {\n    revokeAuthorization(id: $id, reason: $r) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Capture($c: ID!, $id: ID!) {\n    capture(caseId: $c, id: $id) {\n      id\n      recordJson\n      artifacts {\n        sha256\n        size\n        mediaType\n        name\n        kind\n        downloadPath\n      }\n      decision {\n        decision\n        stage\n        clauses\n        policyVersion\n        decidedAt\n        reasons {\n          clause\n          finding\n        }\n      }\n      custody {\n        seq\n        at\n        type\n        actorId\n        hash\n      }\n    }\n  }\n"): typeof import('./graphql').CaptureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      purpose\n      purposeClause\n      status\n      createdAt\n      assignees {\n        username\n        role\n      }\n      persons {\n        ref\n        name\n        role\n      }\n      accounts(first: 200) {\n        ref\n        platform\n        handle\n        displayName\n      }\n      captures(first: 50) {\n        ...ExportableCapture\n      }\n      graph(maxNodes: 2000) {\n        nodes {\n          ...DrawnNode\n        }\n        edges {\n          ...DrawnEdge\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseList($search: String, $status: CaseStatus) {\n    cases(first: 50, search: $search, status: $status) {\n      nodes {\n        id\n        number\n        title\n        purpose\n        status\n        counts {\n          persons\n          accounts\n          posts\n          captures\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: NewCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCollection($input: CollectionRequestInput!) {\n    startCollection(input: $input) {\n      jobId\n      decision {\n        decision\n        clauses\n      }\n    }\n  }\n"): typeof import('./graphql').StartCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionJob($c: ID!, $id: ID!) {\n    collectionJob(caseId: $c, id: $id) {\n      state\n      stage\n      captureId\n      error\n    }\n  }\n"): typeof import('./graphql').CollectionJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateCollection($input: CollectionRequestInput!) {\n    evaluateCollection(input: $input) {\n      decision\n      clauses\n      policyVersion\n      reasons {\n        ruleId\n        clause\n        text\n        remedy\n        finding\n      }\n    }\n  }\n"): typeof import('./graphql').EvaluateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExportableCapture on CaptureSummary {\n    id\n    platform\n    targetValue\n    status\n    startedAt\n  }\n"): typeof import('./graphql').ExportableCaptureFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exports($c: ID!) {\n    exports(caseId: $c) {\n      id\n      status\n      captureIds\n      createdAt\n      finishedAt\n      sha256\n      size\n      error\n      reason\n      downloadPath\n    }\n  }\n"): typeof import('./graphql').ExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartExport($c: ID!, $ids: [ID!], $r: String!) {\n    startExport(caseId: $c, captureIds: $ids, reason: $r) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($c: ID!, $ref: String!) {\n    neighbourhood(caseId: $c, ref: $ref, hops: 1, maxNodes: 500) {\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortestPath($c: ID!, $from: String!, $to: String!) {\n    shortestPath(caseId: $c, from: $from, to: $to, includeTopics: true) {\n      length\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n"): typeof import('./graphql').ShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      ...SignedInUser\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($c: ID!, $ref: String!) {\n    node(caseId: $c, ref: $ref) {\n      ref\n      propertiesJson\n      sourceSha256s\n      captures {\n        id\n        startedAt\n        platform\n        targetValue\n      }\n    }\n  }\n"): typeof import('./graphql').NodeDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAuthorization($input: AuthorizationRequestInput!) {\n    requestAuthorization(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($id: ID!, $from: String, $to: String) {\n    case(id: $id) {\n      timeline(from: $from, to: $to, first: 500) {\n        kind\n        at\n        ref\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql').TimelineDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
