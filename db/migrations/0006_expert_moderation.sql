ALTER TYPE "public"."moderation_action" ADD VALUE 'approve_expert';--> statement-breakpoint
ALTER TYPE "public"."moderation_action" ADD VALUE 'reject_expert';--> statement-breakpoint
ALTER TYPE "public"."moderation_action" ADD VALUE 'revoke_expert';--> statement-breakpoint
ALTER TABLE "moderation_log" ADD COLUMN "application_id" integer;--> statement-breakpoint
ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_application_id_expert_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."expert_applications"("id") ON DELETE no action ON UPDATE no action;