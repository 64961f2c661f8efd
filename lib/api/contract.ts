// Every endpoint of the REST API v1, declared once. Routes (app/api/v1/**) serve them with
// `apiRoute(contract.x, permission, handler)`; the browser calls them with `api(contract.x, ...)`.
// A JSON body is named by its schema's key in body-schemas.ts: the browser loads this file, not zod.
import type {
  AnnotationView,
  ArticleView,
  ArticleWorkflowView,
  AssignableUserView,
  ArticleQualityView,
  ChecksView,
  CommentView,
  GlossaryImportResult,
  GlossaryTermView,
  QualityOverview,
  RevisionView,
  SentenceView,
  TokenView,
} from "@/lib/api-types";
import type { EffortReportView, EffortSettingsView, RecordVisitsView } from "@/lib/effort/views";
import type { ChangeSetView, FindReplacePreview, FindReplaceResult } from "@/lib/find-replace";
import type { ImportPreview } from "@/lib/import-preview";
import type { ArticleSuggestionsView, LearnedFixView, MemorySearchView, SentenceSuggestionsView, TmxImportView } from "@/lib/memory/views";
// Response shapes still declared beside their server use case: type-only imports, erased from any bundle.
import type { ArticleSummary } from "@/server/articles/list-articles";
import type { TimelineEntry } from "@/server/articles/list-timeline";
import type { ArticleMqmView } from "@/server/annotations/article-mqm";
import type { ArticleComparison } from "@/server/changes/compare-article";
import type { SentenceComparison } from "@/server/changes/compare-sentence";
import type { RevertAuthorResult } from "@/server/changes/revert-author";
import type { StructureChange } from "@/server/sentences/structure";
import type { WorkspaceSentences } from "./compact-sentences";
import type { UserView } from "@/server/users/manage-users";
import { endpoint, rawBody, type FileResponse } from "./endpoint";
import { maxFileBytes, maxGlossaryCsvBytes, maxTextJsonBytes, maxTmxBytes, maxVisitBatchBytes } from "./limits";

export type { ArticleSummary, TimelineEntry, ArticleMqmView, ArticleComparison, SentenceComparison, RevertAuthorResult, StructureChange, UserView };
export type { EffortReportView, EffortSettingsView, RecordVisitsView, ArticleSuggestionsView, LearnedFixView, MemorySearchView, SentenceSuggestionsView, TmxImportView };

export const contract = {
  // Articles and imports
  listArticles: endpoint<{ articles: ArticleSummary[] }>()({ method: "GET", path: "/api/v1/articles", body: null }),
  createArticle: endpoint<ArticleView>()({ method: "POST", path: "/api/v1/articles", body: "importArticleBody", bodyLimit: maxTextJsonBytes, status: 201 }),
  getArticle: endpoint<ArticleView>()({ method: "GET", path: "/api/v1/articles/:id", body: null }),
  /** The article's sentences in the workspace's compact form with their glossary marks (the rest of a long article after the page's first screen). */
  workspaceSentences: endpoint<WorkspaceSentences>()({ method: "GET", path: "/api/v1/articles/:id/sentences", body: null }),
  previewImport: endpoint<ImportPreview>()({ method: "POST", path: "/api/v1/imports/preview", body: rawBody, bodyLimit: maxFileBytes }),
  importUpload: endpoint<ArticleView & { skippedUnits: number }>()({ method: "POST", path: "/api/v1/imports", body: rawBody, bodyLimit: maxFileBytes, status: 201 }),
  setOriginal: endpoint<ArticleView>()({ method: "POST", path: "/api/v1/articles/:id/original", body: "originalTextBody", bodyLimit: maxTextJsonBytes }),
  moveOriginal: endpoint<StructureChange>()({ method: "POST", path: "/api/v1/articles/:id/original/move", body: "moveOriginalBoundaryBody" }),
  segment: endpoint<{ sentences: string[] }>()({ method: "POST", path: "/api/v1/segment", body: "segmentBody", bodyLimit: maxTextJsonBytes }),
  exportArticle: endpoint<FileResponse>()({ method: "GET", path: "/api/v1/articles/:id/export", body: null }),

  // Sentences
  getSentence: endpoint<SentenceView>()({ method: "GET", path: "/api/v1/sentences/:id", body: null }),
  updateSentence: endpoint<SentenceView>()({ method: "PATCH", path: "/api/v1/sentences/:id", body: "updateSentenceBody" }),
  confirmSentence: endpoint<SentenceView>()({ method: "POST", path: "/api/v1/sentences/:id/confirm", body: "confirmSentenceBody" }),
  listRevisions: endpoint<{ revisions: RevisionView[] }>()({ method: "GET", path: "/api/v1/sentences/:id/revisions", body: null }),
  revertSentence: endpoint<SentenceView>()({ method: "POST", path: "/api/v1/sentences/:id/revert", body: "revertSentenceBody" }),
  compareSentence: endpoint<SentenceComparison>()({ method: "GET", path: "/api/v1/sentences/:id/compare", body: null }),
  splitSentence: endpoint<StructureChange>()({ method: "POST", path: "/api/v1/sentences/:id/split", body: "splitSentenceBody" }),
  mergeNext: endpoint<StructureChange>()({ method: "POST", path: "/api/v1/sentences/:id/merge-next", body: "mergeNextBody" }),
  undoStructure: endpoint<StructureChange>()({ method: "POST", path: "/api/v1/sentences/:id/undo-structure", body: "undoStructureBody" }),

  // History and changes
  timeline: endpoint<{ revisions: TimelineEntry[] }>()({ method: "GET", path: "/api/v1/articles/:id/timeline", body: null }),
  compareArticle: endpoint<ArticleComparison>()({ method: "GET", path: "/api/v1/articles/:id/compare", body: null }),
  previewFindReplace: endpoint<FindReplacePreview>()({ method: "POST", path: "/api/v1/articles/:id/find-replace/preview", body: "findReplaceBody" }),
  applyFindReplace: endpoint<FindReplaceResult>()({ method: "POST", path: "/api/v1/articles/:id/find-replace", body: "applyFindReplaceBody", status: 201 }),
  revertChangeSet: endpoint<ChangeSetView>()({ method: "POST", path: "/api/v1/change-sets/:id/revert", body: null, status: 201 }),
  revertAuthor: endpoint<RevertAuthorResult>()({ method: "POST", path: "/api/v1/articles/:id/revert-author", body: "revertAuthorBody" }),

  // Quality
  articleQuality: endpoint<ArticleQualityView>()({ method: "GET", path: "/api/v1/articles/:id/quality", body: null }),
  qualityOverview: endpoint<QualityOverview>()({ method: "GET", path: "/api/v1/quality", body: null }),
  listChecks: endpoint<ChecksView>()({ method: "GET", path: "/api/v1/articles/:id/checks", body: null }),
  setChecks: endpoint<ChecksView>()({ method: "PATCH", path: "/api/v1/articles/:id/checks", body: "enabledChecksBody" }),
  dismissIssue: endpoint<ChecksView>()({ method: "POST", path: "/api/v1/articles/:id/checks/dismiss", body: "dismissIssueBody" }),
  listAnnotations: endpoint<{ annotations: AnnotationView[] }>()({ method: "GET", path: "/api/v1/articles/:id/annotations", body: null }),
  createAnnotation: endpoint<AnnotationView>()({ method: "POST", path: "/api/v1/sentences/:id/annotations", body: "mqmAnnotationInputSchema", status: 201 }),
  updateAnnotation: endpoint<AnnotationView>()({ method: "PATCH", path: "/api/v1/annotations/:id", body: "updateAnnotationBody" }),
  deleteAnnotation: endpoint<void>()({ method: "DELETE", path: "/api/v1/annotations/:id", body: null }),
  articleMqm: endpoint<ArticleMqmView>()({ method: "GET", path: "/api/v1/articles/:id/mqm", body: null }),

  // Glossary
  listGlossary: endpoint<{ terms: GlossaryTermView[] }>()({ method: "GET", path: "/api/v1/glossary", body: null }),
  createGlossaryTerm: endpoint<GlossaryTermView>()({ method: "POST", path: "/api/v1/glossary", body: "glossaryTermSchema", status: 201 }),
  updateGlossaryTerm: endpoint<GlossaryTermView>()({ method: "PATCH", path: "/api/v1/glossary/:id", body: "glossaryPatchBody" }),
  deleteGlossaryTerm: endpoint<void>()({ method: "DELETE", path: "/api/v1/glossary/:id", body: null }),
  importGlossary: endpoint<GlossaryImportResult>()({ method: "POST", path: "/api/v1/glossary/import", body: rawBody, bodyLimit: maxGlossaryCsvBytes }),
  exportGlossary: endpoint<FileResponse>()({ method: "GET", path: "/api/v1/glossary/export", body: null }),

  // Effort and correction memory
  /** JSON, or with ?format=csv the report as a CSV file. */
  effortReport: endpoint<EffortReportView | FileResponse>()({ method: "GET", path: "/api/v1/effort", body: null }),
  effortSettings: endpoint<EffortSettingsView>()({ method: "GET", path: "/api/v1/effort/settings", body: null }),
  recordVisits: endpoint<RecordVisitsView>()({ method: "POST", path: "/api/v1/effort/visits", body: "recordVisitsBody", bodyLimit: maxVisitBatchBytes, status: 201 }),
  sentenceSuggestions: endpoint<SentenceSuggestionsView>()({ method: "GET", path: "/api/v1/sentences/:id/suggestions", body: null }),
  articleSuggestions: endpoint<ArticleSuggestionsView>()({ method: "GET", path: "/api/v1/articles/:id/suggestions", body: null }),
  searchMemory: endpoint<MemorySearchView>()({ method: "GET", path: "/api/v1/memory", body: null }),
  exportMemory: endpoint<FileResponse>()({ method: "GET", path: "/api/v1/memory/export", body: null }),
  importMemory: endpoint<TmxImportView>()({ method: "POST", path: "/api/v1/memory/import", body: rawBody, bodyLimit: maxTmxBytes, status: 201 }),
  listLearnedFixes: endpoint<{ fixes: LearnedFixView[] }>()({ method: "GET", path: "/api/v1/memory/fixes", body: null }),
  promoteLearnedFix: endpoint<LearnedFixView>()({ method: "POST", path: "/api/v1/memory/fixes/:id/promote", body: null }),

  // Workflow and comments
  getWorkflow: endpoint<ArticleWorkflowView>()({ method: "GET", path: "/api/v1/articles/:id/transition", body: null }),
  transition: endpoint<ArticleWorkflowView>()({ method: "POST", path: "/api/v1/articles/:id/transition", body: "transitionBody" }),
  assign: endpoint<ArticleWorkflowView>()({ method: "PATCH", path: "/api/v1/articles/:id/assignment", body: "assignmentBody" }),
  listComments: endpoint<{ comments: CommentView[] }>()({ method: "GET", path: "/api/v1/articles/:id/comments", body: null }),
  addComment: endpoint<CommentView>()({ method: "POST", path: "/api/v1/sentences/:id/comments", body: "commentBody", status: 201 }),
  resolveThread: endpoint<CommentView>()({ method: "POST", path: "/api/v1/comments/:id/resolve", body: "resolveBody" }),

  // People and tokens
  listTokens: endpoint<{ tokens: TokenView[] }>()({ method: "GET", path: "/api/v1/tokens", body: null }),
  createToken: endpoint<TokenView & { token: string }>()({ method: "POST", path: "/api/v1/tokens", body: "createTokenBody", status: 201 }),
  revokeToken: endpoint<void>()({ method: "DELETE", path: "/api/v1/tokens/:id", body: null }),
  listUsers: endpoint<{ users: UserView[] }>()({ method: "GET", path: "/api/v1/users", body: null }),
  createUser: endpoint<UserView>()({ method: "POST", path: "/api/v1/users", body: "createUserBody", status: 201 }),
  updateUser: endpoint<UserView>()({ method: "PATCH", path: "/api/v1/users/:id", body: "updateUserBody" }),
  unlockUser: endpoint<UserView>()({ method: "POST", path: "/api/v1/users/:id/unlock", body: null }),
  assignableUsers: endpoint<{ users: AssignableUserView[] }>()({ method: "GET", path: "/api/v1/users/assignable", body: null }),
} as const;
