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
    "\n  query LinkCandidates($c: ID!) {\n    linkCandidates(caseId: $c, limit: 25) {\n      a\n      b\n      score\n      blockedBy\n      artifacts\n      fingerprint\n      features {\n        name\n        strength\n        weight\n        detail\n        evidence\n        artifacts\n      }\n    }\n  }\n": typeof types.LinkCandidatesDocument,
    "\n  mutation ConfirmLink($c: ID!, $a: String!, $b: String!, $r: String) {\n    confirmLink(caseId: $c, a: $a, b: $b, reason: $r) {\n      kind\n    }\n  }\n": typeof types.ConfirmLinkDocument,
    "\n  mutation RejectLink($c: ID!, $a: String!, $b: String!, $r: String) {\n    rejectLink(caseId: $c, a: $a, b: $b, reason: $r) {\n      kind\n    }\n  }\n": typeof types.RejectLinkDocument,
    "\n  query Communities($c: ID!) {\n    communities(caseId: $c) {\n      modularity\n      accounts\n      edges\n      communities {\n        id\n        members {\n          ref\n          label\n        }\n      }\n    }\n    centralAccounts(caseId: $c, limit: 15) {\n      ref\n      label\n      degree\n      betweenness\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  query ArtifactCaptures($c: ID!, $s: [String!]!) {\n    artifactCaptures(caseId: $c, sha256s: $s) {\n      sha256\n      captureId\n      name\n      kind\n      platform\n      targetValue\n      startedAt\n    }\n  }\n": typeof types.ArtifactCapturesDocument,
    "\n  query MediaSpread($c: ID!, $sha: String!) {\n    mediaSpread(caseId: $c, sha256: $sha) {\n      post\n      account\n      handle\n      postedAt\n      kind\n      via\n      artifacts\n    }\n  }\n": typeof types.MediaSpreadDocument,
    "\n  query SearchPosts($c: ID!, $q: String!) {\n    searchPosts(caseId: $c, query: $q, first: 50) {\n      words\n      hits {\n        ref\n        platform\n        url\n        text\n        postedAt\n        authorRef\n        authorHandle\n        authorName\n        captureIds\n      }\n    }\n  }\n": typeof types.SearchPostsDocument,
    "\n  query Colleagues($s: String!) {\n    colleagues(search: $s) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  mutation AssignUser($c: ID!, $u: ID!) {\n    assignUser(caseId: $c, userId: $u) {\n      id\n    }\n  }\n": typeof types.AssignUserDocument,
    "\n  query AuditEvents($c: ID, $a: ID, $after: String) {\n    auditEvents(caseId: $c, actorId: $a, after: $after, first: 100) {\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        action\n        outcome\n        caseId\n        subjectType\n        subjectId\n        detail\n        ip\n      }\n      endCursor\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditPeopleOfCase($c: ID!) {\n    case(id: $c) {\n      assignees {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.AuditPeopleOfCaseDocument,
    "\n  query AuditAllUsers {\n    users(first: 200) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.AuditAllUsersDocument,
    "\n  query AuditCases {\n    cases(first: 100) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n": typeof types.AuditCasesDocument,
    "\n  query Authorizations($s: String) {\n    authorizations(status: $s, limit: 100) {\n      id\n      caseId\n      platform\n      method\n      personaHandle\n      justification\n      requesterId\n      requesterName\n      requestedAt\n      status\n      expired\n      decidedAt\n      decisionNote\n      writtenPermissionReference\n      legalReviewReference\n      expiresAt\n      caseNumber\n      approverName\n      requirements\n      legalReviewRequired\n      supersededBy\n    }\n  }\n": typeof types.AuthorizationsDocument,
    "\n  mutation ApproveAuthorization($id: ID!, $input: AuthorizationApprovalInput!) {\n    approveAuthorization(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ApproveAuthorizationDocument,
    "\n  mutation RejectAuthorization($id: ID!, $r: String!) {\n    rejectAuthorization(id: $id, reason: $r) {\n      id\n    }\n  }\n": typeof types.RejectAuthorizationDocument,
    "\n  mutation RevokeAuthorization($id: ID!, $r: String!) {\n    revokeAuthorization(id: $id, reason: $r) {\n      id\n    }\n  }\n": typeof types.RevokeAuthorizationDocument,
    "\n  query Capture($c: ID!, $id: ID!) {\n    capture(caseId: $c, id: $id) {\n      id\n      recordJson\n      artifacts {\n        sha256\n        size\n        mediaType\n        name\n        kind\n        downloadPath\n      }\n      decision {\n        decision\n        stage\n        clauses\n        policyVersion\n        decidedAt\n        reasons {\n          clause\n          finding\n        }\n      }\n      custody {\n        seq\n        at\n        type\n        actorName\n        hash\n      }\n    }\n  }\n": typeof types.CaptureDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      purpose\n      purposeClause\n      status\n      createdAt\n      assignees {\n        username\n        displayName\n        role\n      }\n      persons {\n        ref\n        name\n        role\n      }\n      accounts(first: 200) {\n        ref\n        platform\n        handle\n        displayName\n      }\n      captures(first: 50) {\n        ...ExportableCapture\n      }\n      graph(maxNodes: 2000) {\n        nodes {\n          ...DrawnNode\n        }\n        edges {\n          ...DrawnEdge\n        }\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseList($search: String, $status: CaseStatus) {\n    cases(first: 50, search: $search, status: $status) {\n      nodes {\n        id\n        number\n        title\n        purpose\n        status\n        counts {\n          persons\n          accounts\n          posts\n          captures\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  mutation CreateCase($input: NewCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  mutation StartCollection($input: CollectionRequestInput!) {\n    startCollection(input: $input) {\n      jobId\n      decision {\n        decision\n        clauses\n      }\n    }\n  }\n": typeof types.StartCollectionDocument,
    "\n  query CollectionJob($c: ID!, $id: ID!) {\n    collectionJob(caseId: $c, id: $id) {\n      state\n      stage\n      captureId\n      error\n      failure\n      attempts\n      maxAttempts\n      retryAt\n    }\n  }\n": typeof types.CollectionJobDocument,
    "\n  mutation EvaluateCollection($input: CollectionRequestInput!) {\n    evaluateCollection(input: $input) {\n      decision\n      clauses\n      policyVersion\n      reasons {\n        ruleId\n        clause\n        text\n        remedy\n        finding\n      }\n    }\n  }\n": typeof types.EvaluateCollectionDocument,
    "\n  fragment ExportableCapture on CaptureSummary {\n    id\n    platform\n    targetValue\n    status\n    startedAt\n    requestId\n    errorWords\n  }\n": typeof types.ExportableCaptureFragmentDoc,
    "\n  query Exports($c: ID!) {\n    exports(caseId: $c) {\n      id\n      status\n      captureIds\n      createdAt\n      finishedAt\n      sha256\n      size\n      error\n      reason\n      downloadPath\n    }\n  }\n": typeof types.ExportsDocument,
    "\n  mutation StartExport($c: ID!, $ids: [ID!], $r: String!) {\n    startExport(caseId: $c, captureIds: $ids, reason: $r) {\n      id\n    }\n  }\n": typeof types.StartExportDocument,
    "\n  query Neighbourhood($c: ID!, $ref: String!) {\n    neighbourhood(caseId: $c, ref: $ref, hops: 1, maxNodes: 500) {\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query ShortestPath($c: ID!, $from: String!, $to: String!) {\n    shortestPath(caseId: $c, from: $from, to: $to, includeTopics: true) {\n      length\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n  query NodeHistory($c: ID!, $ref: String!) {\n    nodeHistory(caseId: $c, ref: $ref) {\n      ref\n      versions {\n        hash\n        fromEditHistory\n        versionAt\n        firstSeenAt\n        reading {\n          text\n          handle\n          displayName\n          bio\n        }\n        captures {\n          id\n          startedAt\n          targetValue\n        }\n        diff {\n          text\n          added\n          removed\n        }\n      }\n    }\n  }\n": typeof types.NodeHistoryDocument,
    "\n  query CaseChanges($c: ID!, $kinds: [ChangeKind!], $account: String, $after: String) {\n    changes(caseId: $c, kinds: $kinds, account: $account, first: 50, after: $after) {\n      nodes {\n        id\n        kind\n        at\n        summary\n        subject\n        diff {\n          text\n          added\n          removed\n        }\n      }\n      endCursor\n    }\n  }\n": typeof types.CaseChangesDocument,
    "\n  query ReviewQueue {\n    reviewQueue(first: 200) {\n      id\n      caseId\n      caseNumber\n      target\n      enteredAt\n      reviewDueAt\n      charged\n      purgePending\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation KeepCapture($c: ID!, $k: ID!, $r: String!, $n: String!) {\n    keepCapture(caseId: $c, captureId: $k, reason: $r, nextReviewAt: $n) {\n      id\n    }\n  }\n": typeof types.KeepCaptureDocument,
    "\n  mutation PurgeReviewed($c: ID!, $k: ID!, $r: String!) {\n    purgeCapture(caseId: $c, captureId: $k, reason: $r, onReview: true) {\n      captureId\n      custodyEvent\n      removedPosts\n    }\n  }\n": typeof types.PurgeReviewedDocument,
    "\n  mutation Login($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      ...SignedInUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query NodeDetails($c: ID!, $ref: String!) {\n    node(caseId: $c, ref: $ref) {\n      ref\n      propertiesJson\n      sourceSha256s\n      captures {\n        id\n        startedAt\n        platform\n        targetValue\n      }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query Notifications {\n    notifications(limit: 50) {\n      id\n      at\n      kind\n      message\n      authorizationId\n      caseId\n      caseNumber\n      decidedBy\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation AddPerson($c: ID!, $input: NewPersonInput!) {\n    addPerson(caseId: $c, input: $input)\n  }\n": typeof types.AddPersonDocument,
    "\n  mutation AddAccount($c: ID!, $input: NewAccountInput!) {\n    addAccount(caseId: $c, input: $input)\n  }\n": typeof types.AddAccountDocument,
    "\n  mutation TieAccount($c: ID!, $p: ID!, $a: String!, $confidence: Float!, $basis: String!) {\n    tieAccountToPerson(caseId: $c, personId: $p, account: $a, confidence: $confidence, basis: $basis)\n  }\n": typeof types.TieAccountDocument,
    "\n  query CasePersons($c: ID!) {\n    case(id: $c) {\n      id\n      persons {\n        id\n        name\n        role\n        notes\n        ties {\n          account\n          platform\n          handle\n          displayName\n          confidence\n          basis\n          tiedBy\n          tiedAt\n        }\n      }\n      accounts(first: 500) {\n        ref\n        platform\n        handle\n        displayName\n      }\n    }\n  }\n": typeof types.CasePersonsDocument,
    "\n  mutation UpdatePerson($c: ID!, $p: ID!, $input: PersonChangesInput!) {\n    updatePerson(caseId: $c, personId: $p, input: $input)\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation RemovePerson($c: ID!, $p: ID!, $reason: String!) {\n    removePerson(caseId: $c, personId: $p, reason: $reason)\n  }\n": typeof types.RemovePersonDocument,
    "\n  mutation UntieAccount($c: ID!, $p: ID!, $a: String!, $reason: String!) {\n    untieAccountFromPerson(caseId: $c, personId: $p, account: $a, reason: $reason)\n  }\n": typeof types.UntieAccountDocument,
    "\n  query CaseRecords($c: ID!) {\n    me {\n      role\n    }\n    legalHolds(caseId: $c) {\n      id\n      captureId\n      reason\n      matter\n      placedBy\n      placedAt\n      active\n      releasedAt\n      releasedBy\n      releaseReason\n    }\n    preservationLetters(caseId: $c) {\n      id\n      providerName\n      targetValue\n      writtenAt\n      sentAt\n      providerReference\n      preservedUntil\n      extensionReminderAt\n      extensionDue\n      files {\n        sha256\n        name\n      }\n    }\n  }\n": typeof types.CaseRecordsDocument,
    "\n  mutation PlaceLegalHold($c: ID!, $reason: String!, $matter: String!) {\n    placeLegalHold(caseId: $c, reason: $reason, matter: $matter) {\n      id\n    }\n  }\n": typeof types.PlaceLegalHoldDocument,
    "\n  mutation ReleaseLegalHold($c: ID!, $id: ID!, $reason: String!) {\n    releaseLegalHold(caseId: $c, holdId: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ReleaseLegalHoldDocument,
    "\n  mutation RecordPreservationSent($c: ID!, $id: ID!, $sentAt: String!, $ref: String) {\n    recordPreservationSent(caseId: $c, letterId: $id, sentAt: $sentAt, providerReference: $ref) {\n      id\n    }\n  }\n": typeof types.RecordPreservationSentDocument,
    "\n  mutation RequestAuthorization($input: AuthorizationRequestInput!) {\n    requestAuthorization(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestAuthorizationDocument,
    "\n  query Timeline($id: ID!, $from: String, $to: String) {\n    case(id: $id) {\n      timeline(from: $from, to: $to, first: 500) {\n        kind\n        at\n        ref\n        summary\n      }\n      posts(from: $from, to: $to, first: 500) {\n        ref\n        postedAt\n        authorHandle\n        platform\n      }\n    }\n  }\n": typeof types.TimelineDocument,
    "\n  query WatchList($c: ID!) {\n    me {\n      role\n    }\n    watches(caseId: $c) {\n      id\n      target\n      method\n      requesterName\n      intervalHours\n      endsAt\n      status\n      stopReason\n      nextRunAt\n      runs\n      capturesMade\n      lastRun {\n        at\n        result\n      }\n    }\n  }\n": typeof types.WatchListDocument,
    "\n  mutation CreateWatch($input: CollectionRequestInput!, $hours: Int!, $endsAt: String!) {\n    createWatch(input: $input, intervalHours: $hours, endsAt: $endsAt) {\n      watch {\n        id\n        target\n        nextRunAt\n      }\n    }\n  }\n": typeof types.CreateWatchDocument,
    "\n  mutation PauseWatch($c: ID!, $id: ID!) {\n    pauseWatch(caseId: $c, id: $id) {\n      id\n    }\n  }\n": typeof types.PauseWatchDocument,
    "\n  mutation ResumeWatch($c: ID!, $id: ID!) {\n    resumeWatch(caseId: $c, id: $id) {\n      id\n    }\n  }\n": typeof types.ResumeWatchDocument,
    "\n  mutation EndWatch($c: ID!, $id: ID!) {\n    endWatch(caseId: $c, id: $id) {\n      id\n    }\n  }\n": typeof types.EndWatchDocument,
};
const documents: Documents = {
    "\n  fragment SignedInUser on User {\n    id\n    username\n    displayName\n    role\n    unit\n  }\n": types.SignedInUserFragmentDoc,
    "\n  query Session {\n    me {\n      ...SignedInUser\n    }\n  }\n": types.SessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment DrawnNode on GraphNode {\n    ref\n    kind\n    label\n  }\n": types.DrawnNodeFragmentDoc,
    "\n  fragment DrawnEdge on GraphEdge {\n    from\n    to\n    type\n  }\n": types.DrawnEdgeFragmentDoc,
    "\n  query LinkCandidates($c: ID!) {\n    linkCandidates(caseId: $c, limit: 25) {\n      a\n      b\n      score\n      blockedBy\n      artifacts\n      fingerprint\n      features {\n        name\n        strength\n        weight\n        detail\n        evidence\n        artifacts\n      }\n    }\n  }\n": types.LinkCandidatesDocument,
    "\n  mutation ConfirmLink($c: ID!, $a: String!, $b: String!, $r: String) {\n    confirmLink(caseId: $c, a: $a, b: $b, reason: $r) {\n      kind\n    }\n  }\n": types.ConfirmLinkDocument,
    "\n  mutation RejectLink($c: ID!, $a: String!, $b: String!, $r: String) {\n    rejectLink(caseId: $c, a: $a, b: $b, reason: $r) {\n      kind\n    }\n  }\n": types.RejectLinkDocument,
    "\n  query Communities($c: ID!) {\n    communities(caseId: $c) {\n      modularity\n      accounts\n      edges\n      communities {\n        id\n        members {\n          ref\n          label\n        }\n      }\n    }\n    centralAccounts(caseId: $c, limit: 15) {\n      ref\n      label\n      degree\n      betweenness\n    }\n  }\n": types.CommunitiesDocument,
    "\n  query ArtifactCaptures($c: ID!, $s: [String!]!) {\n    artifactCaptures(caseId: $c, sha256s: $s) {\n      sha256\n      captureId\n      name\n      kind\n      platform\n      targetValue\n      startedAt\n    }\n  }\n": types.ArtifactCapturesDocument,
    "\n  query MediaSpread($c: ID!, $sha: String!) {\n    mediaSpread(caseId: $c, sha256: $sha) {\n      post\n      account\n      handle\n      postedAt\n      kind\n      via\n      artifacts\n    }\n  }\n": types.MediaSpreadDocument,
    "\n  query SearchPosts($c: ID!, $q: String!) {\n    searchPosts(caseId: $c, query: $q, first: 50) {\n      words\n      hits {\n        ref\n        platform\n        url\n        text\n        postedAt\n        authorRef\n        authorHandle\n        authorName\n        captureIds\n      }\n    }\n  }\n": types.SearchPostsDocument,
    "\n  query Colleagues($s: String!) {\n    colleagues(search: $s) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.ColleaguesDocument,
    "\n  mutation AssignUser($c: ID!, $u: ID!) {\n    assignUser(caseId: $c, userId: $u) {\n      id\n    }\n  }\n": types.AssignUserDocument,
    "\n  query AuditEvents($c: ID, $a: ID, $after: String) {\n    auditEvents(caseId: $c, actorId: $a, after: $after, first: 100) {\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        action\n        outcome\n        caseId\n        subjectType\n        subjectId\n        detail\n        ip\n      }\n      endCursor\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditPeopleOfCase($c: ID!) {\n    case(id: $c) {\n      assignees {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n": types.AuditPeopleOfCaseDocument,
    "\n  query AuditAllUsers {\n    users(first: 200) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.AuditAllUsersDocument,
    "\n  query AuditCases {\n    cases(first: 100) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n": types.AuditCasesDocument,
    "\n  query Authorizations($s: String) {\n    authorizations(status: $s, limit: 100) {\n      id\n      caseId\n      platform\n      method\n      personaHandle\n      justification\n      requesterId\n      requesterName\n      requestedAt\n      status\n      expired\n      decidedAt\n      decisionNote\n      writtenPermissionReference\n      legalReviewReference\n      expiresAt\n      caseNumber\n      approverName\n      requirements\n      legalReviewRequired\n      supersededBy\n    }\n  }\n": types.AuthorizationsDocument,
    "\n  mutation ApproveAuthorization($id: ID!, $input: AuthorizationApprovalInput!) {\n    approveAuthorization(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ApproveAuthorizationDocument,
    "\n  mutation RejectAuthorization($id: ID!, $r: String!) {\n    rejectAuthorization(id: $id, reason: $r) {\n      id\n    }\n  }\n": types.RejectAuthorizationDocument,
    "\n  mutation RevokeAuthorization($id: ID!, $r: String!) {\n    revokeAuthorization(id: $id, reason: $r) {\n      id\n    }\n  }\n": types.RevokeAuthorizationDocument,
    "\n  query Capture($c: ID!, $id: ID!) {\n    capture(caseId: $c, id: $id) {\n      id\n      recordJson\n      artifacts {\n        sha256\n        size\n        mediaType\n        name\n        kind\n        downloadPath\n      }\n      decision {\n        decision\n        stage\n        clauses\n        policyVersion\n        decidedAt\n        reasons {\n          clause\n          finding\n        }\n      }\n      custody {\n        seq\n        at\n        type\n        actorName\n        hash\n      }\n    }\n  }\n": types.CaptureDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      purpose\n      purposeClause\n      status\n      createdAt\n      assignees {\n        username\n        displayName\n        role\n      }\n      persons {\n        ref\n        name\n        role\n      }\n      accounts(first: 200) {\n        ref\n        platform\n        handle\n        displayName\n      }\n      captures(first: 50) {\n        ...ExportableCapture\n      }\n      graph(maxNodes: 2000) {\n        nodes {\n          ...DrawnNode\n        }\n        edges {\n          ...DrawnEdge\n        }\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseList($search: String, $status: CaseStatus) {\n    cases(first: 50, search: $search, status: $status) {\n      nodes {\n        id\n        number\n        title\n        purpose\n        status\n        counts {\n          persons\n          accounts\n          posts\n          captures\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  mutation CreateCase($input: NewCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.CreateCaseDocument,
    "\n  mutation StartCollection($input: CollectionRequestInput!) {\n    startCollection(input: $input) {\n      jobId\n      decision {\n        decision\n        clauses\n      }\n    }\n  }\n": types.StartCollectionDocument,
    "\n  query CollectionJob($c: ID!, $id: ID!) {\n    collectionJob(caseId: $c, id: $id) {\n      state\n      stage\n      captureId\n      error\n      failure\n      attempts\n      maxAttempts\n      retryAt\n    }\n  }\n": types.CollectionJobDocument,
    "\n  mutation EvaluateCollection($input: CollectionRequestInput!) {\n    evaluateCollection(input: $input) {\n      decision\n      clauses\n      policyVersion\n      reasons {\n        ruleId\n        clause\n        text\n        remedy\n        finding\n      }\n    }\n  }\n": types.EvaluateCollectionDocument,
    "\n  fragment ExportableCapture on CaptureSummary {\n    id\n    platform\n    targetValue\n    status\n    startedAt\n    requestId\n    errorWords\n  }\n": types.ExportableCaptureFragmentDoc,
    "\n  query Exports($c: ID!) {\n    exports(caseId: $c) {\n      id\n      status\n      captureIds\n      createdAt\n      finishedAt\n      sha256\n      size\n      error\n      reason\n      downloadPath\n    }\n  }\n": types.ExportsDocument,
    "\n  mutation StartExport($c: ID!, $ids: [ID!], $r: String!) {\n    startExport(caseId: $c, captureIds: $ids, reason: $r) {\n      id\n    }\n  }\n": types.StartExportDocument,
    "\n  query Neighbourhood($c: ID!, $ref: String!) {\n    neighbourhood(caseId: $c, ref: $ref, hops: 1, maxNodes: 500) {\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query ShortestPath($c: ID!, $from: String!, $to: String!) {\n    shortestPath(caseId: $c, from: $from, to: $to, includeTopics: true) {\n      length\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": types.ShortestPathDocument,
    "\n  query NodeHistory($c: ID!, $ref: String!) {\n    nodeHistory(caseId: $c, ref: $ref) {\n      ref\n      versions {\n        hash\n        fromEditHistory\n        versionAt\n        firstSeenAt\n        reading {\n          text\n          handle\n          displayName\n          bio\n        }\n        captures {\n          id\n          startedAt\n          targetValue\n        }\n        diff {\n          text\n          added\n          removed\n        }\n      }\n    }\n  }\n": types.NodeHistoryDocument,
    "\n  query CaseChanges($c: ID!, $kinds: [ChangeKind!], $account: String, $after: String) {\n    changes(caseId: $c, kinds: $kinds, account: $account, first: 50, after: $after) {\n      nodes {\n        id\n        kind\n        at\n        summary\n        subject\n        diff {\n          text\n          added\n          removed\n        }\n      }\n      endCursor\n    }\n  }\n": types.CaseChangesDocument,
    "\n  query ReviewQueue {\n    reviewQueue(first: 200) {\n      id\n      caseId\n      caseNumber\n      target\n      enteredAt\n      reviewDueAt\n      charged\n      purgePending\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation KeepCapture($c: ID!, $k: ID!, $r: String!, $n: String!) {\n    keepCapture(caseId: $c, captureId: $k, reason: $r, nextReviewAt: $n) {\n      id\n    }\n  }\n": types.KeepCaptureDocument,
    "\n  mutation PurgeReviewed($c: ID!, $k: ID!, $r: String!) {\n    purgeCapture(caseId: $c, captureId: $k, reason: $r, onReview: true) {\n      captureId\n      custodyEvent\n      removedPosts\n    }\n  }\n": types.PurgeReviewedDocument,
    "\n  mutation Login($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      ...SignedInUser\n    }\n  }\n": types.LoginDocument,
    "\n  query NodeDetails($c: ID!, $ref: String!) {\n    node(caseId: $c, ref: $ref) {\n      ref\n      propertiesJson\n      sourceSha256s\n      captures {\n        id\n        startedAt\n        platform\n        targetValue\n      }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query Notifications {\n    notifications(limit: 50) {\n      id\n      at\n      kind\n      message\n      authorizationId\n      caseId\n      caseNumber\n      decidedBy\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation AddPerson($c: ID!, $input: NewPersonInput!) {\n    addPerson(caseId: $c, input: $input)\n  }\n": types.AddPersonDocument,
    "\n  mutation AddAccount($c: ID!, $input: NewAccountInput!) {\n    addAccount(caseId: $c, input: $input)\n  }\n": types.AddAccountDocument,
    "\n  mutation TieAccount($c: ID!, $p: ID!, $a: String!, $confidence: Float!, $basis: String!) {\n    tieAccountToPerson(caseId: $c, personId: $p, account: $a, confidence: $confidence, basis: $basis)\n  }\n": types.TieAccountDocument,
    "\n  query CasePersons($c: ID!) {\n    case(id: $c) {\n      id\n      persons {\n        id\n        name\n        role\n        notes\n        ties {\n          account\n          platform\n          handle\n          displayName\n          confidence\n          basis\n          tiedBy\n          tiedAt\n        }\n      }\n      accounts(first: 500) {\n        ref\n        platform\n        handle\n        displayName\n      }\n    }\n  }\n": types.CasePersonsDocument,
    "\n  mutation UpdatePerson($c: ID!, $p: ID!, $input: PersonChangesInput!) {\n    updatePerson(caseId: $c, personId: $p, input: $input)\n  }\n": types.UpdatePersonDocument,
    "\n  mutation RemovePerson($c: ID!, $p: ID!, $reason: String!) {\n    removePerson(caseId: $c, personId: $p, reason: $reason)\n  }\n": types.RemovePersonDocument,
    "\n  mutation UntieAccount($c: ID!, $p: ID!, $a: String!, $reason: String!) {\n    untieAccountFromPerson(caseId: $c, personId: $p, account: $a, reason: $reason)\n  }\n": types.UntieAccountDocument,
    "\n  query CaseRecords($c: ID!) {\n    me {\n      role\n    }\n    legalHolds(caseId: $c) {\n      id\n      captureId\n      reason\n      matter\n      placedBy\n      placedAt\n      active\n      releasedAt\n      releasedBy\n      releaseReason\n    }\n    preservationLetters(caseId: $c) {\n      id\n      providerName\n      targetValue\n      writtenAt\n      sentAt\n      providerReference\n      preservedUntil\n      extensionReminderAt\n      extensionDue\n      files {\n        sha256\n        name\n      }\n    }\n  }\n": types.CaseRecordsDocument,
    "\n  mutation PlaceLegalHold($c: ID!, $reason: String!, $matter: String!) {\n    placeLegalHold(caseId: $c, reason: $reason, matter: $matter) {\n      id\n    }\n  }\n": types.PlaceLegalHoldDocument,
    "\n  mutation ReleaseLegalHold($c: ID!, $id: ID!, $reason: String!) {\n    releaseLegalHold(caseId: $c, holdId: $id, reason: $reason) {\n      id\n    }\n  }\n": types.ReleaseLegalHoldDocument,
    "\n  mutation RecordPreservationSent($c: ID!, $id: ID!, $sentAt: String!, $ref: String) {\n    recordPreservationSent(caseId: $c, letterId: $id, sentAt: $sentAt, providerReference: $ref) {\n      id\n    }\n  }\n": types.RecordPreservationSentDocument,
    "\n  mutation RequestAuthorization($input: AuthorizationRequestInput!) {\n    requestAuthorization(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestAuthorizationDocument,
    "\n  query Timeline($id: ID!, $from: String, $to: String) {\n    case(id: $id) {\n      timeline(from: $from, to: $to, first: 500) {\n        kind\n        at\n        ref\n        summary\n      }\n      posts(from: $from, to: $to, first: 500) {\n        ref\n        postedAt\n        authorHandle\n        platform\n      }\n    }\n  }\n": types.TimelineDocument,
    "\n  query WatchList($c: ID!) {\n    me {\n      role\n    }\n    watches(caseId: $c) {\n      id\n      target\n      method\n      requesterName\n      intervalHours\n      endsAt\n      status\n      stopReason\n      nextRunAt\n      runs\n      capturesMade\n      lastRun {\n        at\n        result\n      }\n    }\n  }\n": types.WatchListDocument,
    "\n  mutation CreateWatch($input: CollectionRequestInput!, $hours: Int!, $endsAt: String!) {\n    createWatch(input: $input, intervalHours: $hours, endsAt: $endsAt) {\n      watch {\n        id\n        target\n        nextRunAt\n      }\n    }\n  }\n": types.CreateWatchDocument,
    "\n  mutation PauseWatch($c: ID!, $id: ID!) {\n    pauseWatch(caseId: $c, id: $id) {\n      id\n    }\n  }\n": types.PauseWatchDocument,
    "\n  mutation ResumeWatch($c: ID!, $id: ID!) {\n    resumeWatch(caseId: $c, id: $id) {\n      id\n    }\n  }\n": types.ResumeWatchDocument,
    "\n  mutation EndWatch($c: ID!, $id: ID!) {\n    endWatch(caseId: $c, id: $id) {\n      id\n    }\n  }\n": types.EndWatchDocument,
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
export function graphql(source: "\n  query LinkCandidates($c: ID!) {\n    linkCandidates(caseId: $c, limit: 25) {\n      a\n      b\n      score\n      blockedBy\n      artifacts\n      fingerprint\n      features {\n        name\n        strength\n        weight\n        detail\n        evidence\n        artifacts\n      }\n    }\n  }\n"): typeof import('./graphql').LinkCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmLink($c: ID!, $a: String!, $b: String!, $r: String) {\n    confirmLink(caseId: $c, a: $a, b: $b, reason: $r) {\n      kind\n    }\n  }\n"): typeof import('./graphql').ConfirmLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectLink($c: ID!, $a: String!, $b: String!, $r: String) {\n    rejectLink(caseId: $c, a: $a, b: $b, reason: $r) {\n      kind\n    }\n  }\n"): typeof import('./graphql').RejectLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities($c: ID!) {\n    communities(caseId: $c) {\n      modularity\n      accounts\n      edges\n      communities {\n        id\n        members {\n          ref\n          label\n        }\n      }\n    }\n    centralAccounts(caseId: $c, limit: 15) {\n      ref\n      label\n      degree\n      betweenness\n    }\n  }\n"): typeof import('./graphql').CommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArtifactCaptures($c: ID!, $s: [String!]!) {\n    artifactCaptures(caseId: $c, sha256s: $s) {\n      sha256\n      captureId\n      name\n      kind\n      platform\n      targetValue\n      startedAt\n    }\n  }\n"): typeof import('./graphql').ArtifactCapturesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaSpread($c: ID!, $sha: String!) {\n    mediaSpread(caseId: $c, sha256: $sha) {\n      post\n      account\n      handle\n      postedAt\n      kind\n      via\n      artifacts\n    }\n  }\n"): typeof import('./graphql').MediaSpreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPosts($c: ID!, $q: String!) {\n    searchPosts(caseId: $c, query: $q, first: 50) {\n      words\n      hits {\n        ref\n        platform\n        url\n        text\n        postedAt\n        authorRef\n        authorHandle\n        authorName\n        captureIds\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPostsDocument;
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
export function graphql(source: "\n  query AuditPeopleOfCase($c: ID!) {\n    case(id: $c) {\n      assignees {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AuditPeopleOfCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAllUsers {\n    users(first: 200) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').AuditAllUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditCases {\n    cases(first: 100) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').AuditCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authorizations($s: String) {\n    authorizations(status: $s, limit: 100) {\n      id\n      caseId\n      platform\n      method\n      personaHandle\n      justification\n      requesterId\n      requesterName\n      requestedAt\n      status\n      expired\n      decidedAt\n      decisionNote\n      writtenPermissionReference\n      legalReviewReference\n      expiresAt\n      caseNumber\n      approverName\n      requirements\n      legalReviewRequired\n      supersededBy\n    }\n  }\n"): typeof import('./graphql').AuthorizationsDocument;
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
export function graphql(source: "\n  query Capture($c: ID!, $id: ID!) {\n    capture(caseId: $c, id: $id) {\n      id\n      recordJson\n      artifacts {\n        sha256\n        size\n        mediaType\n        name\n        kind\n        downloadPath\n      }\n      decision {\n        decision\n        stage\n        clauses\n        policyVersion\n        decidedAt\n        reasons {\n          clause\n          finding\n        }\n      }\n      custody {\n        seq\n        at\n        type\n        actorName\n        hash\n      }\n    }\n  }\n"): typeof import('./graphql').CaptureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      purpose\n      purposeClause\n      status\n      createdAt\n      assignees {\n        username\n        displayName\n        role\n      }\n      persons {\n        ref\n        name\n        role\n      }\n      accounts(first: 200) {\n        ref\n        platform\n        handle\n        displayName\n      }\n      captures(first: 50) {\n        ...ExportableCapture\n      }\n      graph(maxNodes: 2000) {\n        nodes {\n          ...DrawnNode\n        }\n        edges {\n          ...DrawnEdge\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDetailDocument;
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
export function graphql(source: "\n  query CollectionJob($c: ID!, $id: ID!) {\n    collectionJob(caseId: $c, id: $id) {\n      state\n      stage\n      captureId\n      error\n      failure\n      attempts\n      maxAttempts\n      retryAt\n    }\n  }\n"): typeof import('./graphql').CollectionJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateCollection($input: CollectionRequestInput!) {\n    evaluateCollection(input: $input) {\n      decision\n      clauses\n      policyVersion\n      reasons {\n        ruleId\n        clause\n        text\n        remedy\n        finding\n      }\n    }\n  }\n"): typeof import('./graphql').EvaluateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExportableCapture on CaptureSummary {\n    id\n    platform\n    targetValue\n    status\n    startedAt\n    requestId\n    errorWords\n  }\n"): typeof import('./graphql').ExportableCaptureFragmentDoc;
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
export function graphql(source: "\n  query NodeHistory($c: ID!, $ref: String!) {\n    nodeHistory(caseId: $c, ref: $ref) {\n      ref\n      versions {\n        hash\n        fromEditHistory\n        versionAt\n        firstSeenAt\n        reading {\n          text\n          handle\n          displayName\n          bio\n        }\n        captures {\n          id\n          startedAt\n          targetValue\n        }\n        diff {\n          text\n          added\n          removed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NodeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseChanges($c: ID!, $kinds: [ChangeKind!], $account: String, $after: String) {\n    changes(caseId: $c, kinds: $kinds, account: $account, first: 50, after: $after) {\n      nodes {\n        id\n        kind\n        at\n        summary\n        subject\n        diff {\n          text\n          added\n          removed\n        }\n      }\n      endCursor\n    }\n  }\n"): typeof import('./graphql').CaseChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue(first: 200) {\n      id\n      caseId\n      caseNumber\n      target\n      enteredAt\n      reviewDueAt\n      charged\n      purgePending\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeepCapture($c: ID!, $k: ID!, $r: String!, $n: String!) {\n    keepCapture(caseId: $c, captureId: $k, reason: $r, nextReviewAt: $n) {\n      id\n    }\n  }\n"): typeof import('./graphql').KeepCaptureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurgeReviewed($c: ID!, $k: ID!, $r: String!) {\n    purgeCapture(caseId: $c, captureId: $k, reason: $r, onReview: true) {\n      captureId\n      custodyEvent\n      removedPosts\n    }\n  }\n"): typeof import('./graphql').PurgeReviewedDocument;
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
export function graphql(source: "\n  query Notifications {\n    notifications(limit: 50) {\n      id\n      at\n      kind\n      message\n      authorizationId\n      caseId\n      caseNumber\n      decidedBy\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPerson($c: ID!, $input: NewPersonInput!) {\n    addPerson(caseId: $c, input: $input)\n  }\n"): typeof import('./graphql').AddPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAccount($c: ID!, $input: NewAccountInput!) {\n    addAccount(caseId: $c, input: $input)\n  }\n"): typeof import('./graphql').AddAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TieAccount($c: ID!, $p: ID!, $a: String!, $confidence: Float!, $basis: String!) {\n    tieAccountToPerson(caseId: $c, personId: $p, account: $a, confidence: $confidence, basis: $basis)\n  }\n"): typeof import('./graphql').TieAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePersons($c: ID!) {\n    case(id: $c) {\n      id\n      persons {\n        id\n        name\n        role\n        notes\n        ties {\n          account\n          platform\n          handle\n          displayName\n          confidence\n          basis\n          tiedBy\n          tiedAt\n        }\n      }\n      accounts(first: 500) {\n        ref\n        platform\n        handle\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').CasePersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($c: ID!, $p: ID!, $input: PersonChangesInput!) {\n    updatePerson(caseId: $c, personId: $p, input: $input)\n  }\n"): typeof import('./graphql').UpdatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePerson($c: ID!, $p: ID!, $reason: String!) {\n    removePerson(caseId: $c, personId: $p, reason: $reason)\n  }\n"): typeof import('./graphql').RemovePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UntieAccount($c: ID!, $p: ID!, $a: String!, $reason: String!) {\n    untieAccountFromPerson(caseId: $c, personId: $p, account: $a, reason: $reason)\n  }\n"): typeof import('./graphql').UntieAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRecords($c: ID!) {\n    me {\n      role\n    }\n    legalHolds(caseId: $c) {\n      id\n      captureId\n      reason\n      matter\n      placedBy\n      placedAt\n      active\n      releasedAt\n      releasedBy\n      releaseReason\n    }\n    preservationLetters(caseId: $c) {\n      id\n      providerName\n      targetValue\n      writtenAt\n      sentAt\n      providerReference\n      preservedUntil\n      extensionReminderAt\n      extensionDue\n      files {\n        sha256\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CaseRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceLegalHold($c: ID!, $reason: String!, $matter: String!) {\n    placeLegalHold(caseId: $c, reason: $reason, matter: $matter) {\n      id\n    }\n  }\n"): typeof import('./graphql').PlaceLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseLegalHold($c: ID!, $id: ID!, $reason: String!) {\n    releaseLegalHold(caseId: $c, holdId: $id, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReleaseLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPreservationSent($c: ID!, $id: ID!, $sentAt: String!, $ref: String) {\n    recordPreservationSent(caseId: $c, letterId: $id, sentAt: $sentAt, providerReference: $ref) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordPreservationSentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAuthorization($input: AuthorizationRequestInput!) {\n    requestAuthorization(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($id: ID!, $from: String, $to: String) {\n    case(id: $id) {\n      timeline(from: $from, to: $to, first: 500) {\n        kind\n        at\n        ref\n        summary\n      }\n      posts(from: $from, to: $to, first: 500) {\n        ref\n        postedAt\n        authorHandle\n        platform\n      }\n    }\n  }\n"): typeof import('./graphql').TimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WatchList($c: ID!) {\n    me {\n      role\n    }\n    watches(caseId: $c) {\n      id\n      target\n      method\n      requesterName\n      intervalHours\n      endsAt\n      status\n      stopReason\n      nextRunAt\n      runs\n      capturesMade\n      lastRun {\n        at\n        result\n      }\n    }\n  }\n"): typeof import('./graphql').WatchListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWatch($input: CollectionRequestInput!, $hours: Int!, $endsAt: String!) {\n    createWatch(input: $input, intervalHours: $hours, endsAt: $endsAt) {\n      watch {\n        id\n        target\n        nextRunAt\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseWatch($c: ID!, $id: ID!) {\n    pauseWatch(caseId: $c, id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PauseWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeWatch($c: ID!, $id: ID!) {\n    resumeWatch(caseId: $c, id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResumeWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndWatch($c: ID!, $id: ID!) {\n    endWatch(caseId: $c, id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndWatchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
