-- Full-text search over segmented text (lib/search segments Chinese with
-- jieba and stores space-joined tokens in search_text), plus trigram
-- indexes for substrings the tokens miss. pg_trgm ships with PostgreSQL's
-- contrib and with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "threads_search_tsv_idx" ON "threads" USING gin (to_tsvector('simple', "search_text"));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "replies_search_tsv_idx" ON "replies" USING gin (to_tsvector('simple', "search_text"));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "threads_title_trgm_idx" ON "threads" USING gin ("title" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "threads_body_trgm_idx" ON "threads" USING gin ("body" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "replies_body_trgm_idx" ON "replies" USING gin ("body" gin_trgm_ops);
