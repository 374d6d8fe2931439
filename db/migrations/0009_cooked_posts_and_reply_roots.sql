ALTER TABLE "replies" ADD COLUMN "root_id" integer;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "body_html_en" text;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "render_version" smallint;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "body_html_en" text;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "render_version" smallint;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_root_id_replies_id_fk" FOREIGN KEY ("root_id") REFERENCES "public"."replies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "replies_thread_top_level_idx" ON "replies" USING btree ("thread_id",("expert_credential_id" is null),"id") WHERE "replies"."parent_id" is null;--> statement-breakpoint
CREATE INDEX "replies_root_id_idx" ON "replies" USING btree ("root_id","id");