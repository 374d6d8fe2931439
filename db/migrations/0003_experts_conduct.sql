CREATE TYPE "public"."conduct_channel" AS ENUM('call', 'message', 'letter', 'home_visit', 'third_party');--> statement-breakpoint
CREATE TYPE "public"."conduct_third_party" AS ENUM('family', 'employer', 'contacts', 'other');--> statement-breakpoint
CREATE TYPE "public"."application_status" AS ENUM('pending', 'approved', 'rejected', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."expert_profession" AS ENUM('lawyer', 'debt_counsellor', 'former_collector', 'psych_counsellor', 'other');--> statement-breakpoint
CREATE TABLE "conduct_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conduct_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"owner_id" integer NOT NULL,
	"thread_id" integer,
	"occurred_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"channel" "conduct_channel" NOT NULL,
	"third_party" "conduct_third_party",
	"lender_id" smallint,
	"agency" text DEFAULT '' NOT NULL,
	"collector_name" text DEFAULT '' NOT NULL,
	"connected" boolean,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"agreed_to_contact_at_night" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"evidence_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "conduct_rule_sets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conduct_rule_sets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_applications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "expert_applications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"profession" "expert_profession" NOT NULL,
	"profession_other" text DEFAULT '' NOT NULL,
	"years_of_practice" smallint NOT NULL,
	"licence_number" text NOT NULL,
	"requested_stage_ids" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"interest_statement" text DEFAULT '' NOT NULL,
	"has_commercial_interest" boolean NOT NULL,
	"status" "application_status" DEFAULT 'pending' NOT NULL,
	"decided_by_id" integer,
	"decided_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	"scope_stage_ids" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_invitations" (
	"thread_id" integer NOT NULL,
	"expert_id" integer NOT NULL,
	"invited_by_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "question_invitations_thread_id_expert_id_pk" PRIMARY KEY("thread_id","expert_id")
);
--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "expert_credential_id" integer;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "accepted_reply_id" integer;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "expert_answer_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "conduct_entries" ADD CONSTRAINT "conduct_entries_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_entries" ADD CONSTRAINT "conduct_entries_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_entries" ADD CONSTRAINT "conduct_entries_lender_id_lenders_id_fk" FOREIGN KEY ("lender_id") REFERENCES "public"."lenders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_rule_sets" ADD CONSTRAINT "conduct_rule_sets_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_applications" ADD CONSTRAINT "expert_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_applications" ADD CONSTRAINT "expert_applications_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_invitations" ADD CONSTRAINT "question_invitations_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_invitations" ADD CONSTRAINT "question_invitations_expert_id_users_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_invitations" ADD CONSTRAINT "question_invitations_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conduct_entries_owner_occurred_idx" ON "conduct_entries" USING btree ("owner_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "conduct_rule_sets_slug_version_idx" ON "conduct_rule_sets" USING btree ("slug","version");--> statement-breakpoint
CREATE INDEX "expert_applications_user_created_idx" ON "expert_applications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "expert_applications_status_created_idx" ON "expert_applications" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "question_invitations_expert_idx" ON "question_invitations" USING btree ("expert_id","created_at");--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_expert_credential_id_expert_applications_id_fk" FOREIGN KEY ("expert_credential_id") REFERENCES "public"."expert_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_accepted_reply_id_replies_id_fk" FOREIGN KEY ("accepted_reply_id") REFERENCES "public"."replies"("id") ON DELETE no action ON UPDATE no action;