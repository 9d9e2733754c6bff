CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL UNIQUE,
	`created_at` text NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	CONSTRAINT `fk_api_tokens_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
CREATE TABLE `ballots` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`draft_id` integer NOT NULL,
	`revision_id` integer NOT NULL,
	`stage` text NOT NULL,
	`opened_by_id` integer NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`closed_at` text,
	`result` text,
	`approve_count` integer,
	`disapprove_count` integer,
	`abstain_count` integer,
	CONSTRAINT `fk_ballots_draft_id_drafts_id_fk` FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`),
	CONSTRAINT `fk_ballots_revision_id_draft_revisions_id_fk` FOREIGN KEY (`revision_id`) REFERENCES `draft_revisions`(`id`),
	CONSTRAINT `fk_ballots_opened_by_id_people_id_fk` FOREIGN KEY (`opened_by_id`) REFERENCES `people`(`id`),
	CONSTRAINT "ballots_stage_check" CHECK("stage" in ('ENQUIRY', 'APPROVAL')),
	CONSTRAINT "ballots_closed_check" CHECK(("closed_at" is null) = ("result" is null))
);
--> statement-breakpoint
CREATE TABLE `comment_replies` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`thread_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT `fk_comment_replies_thread_id_comment_threads_id_fk` FOREIGN KEY (`thread_id`) REFERENCES `comment_threads`(`id`),
	CONSTRAINT `fk_comment_replies_author_id_people_id_fk` FOREIGN KEY (`author_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
CREATE TABLE `comment_threads` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`revision_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`organisation` text NOT NULL,
	`clause_number` text,
	`line_number` text,
	`paragraph` text,
	`type` text NOT NULL,
	`comment` text NOT NULL,
	`proposed_change` text,
	`status` text DEFAULT 'OPEN' NOT NULL,
	`disposition` text,
	`observation` text,
	`disposed_by_id` integer,
	`disposed_at` text,
	`lock_version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_comment_threads_revision_id_draft_revisions_id_fk` FOREIGN KEY (`revision_id`) REFERENCES `draft_revisions`(`id`),
	CONSTRAINT `fk_comment_threads_author_id_people_id_fk` FOREIGN KEY (`author_id`) REFERENCES `people`(`id`),
	CONSTRAINT `fk_comment_threads_disposed_by_id_people_id_fk` FOREIGN KEY (`disposed_by_id`) REFERENCES `people`(`id`),
	CONSTRAINT "comment_threads_type_check" CHECK("type" in ('GENERAL', 'TECHNICAL', 'EDITORIAL')),
	CONSTRAINT "comment_threads_status_check" CHECK("status" in ('OPEN', 'RESOLVED', 'WITHDRAWN')),
	CONSTRAINT "comment_threads_disposition_check" CHECK(("status" = 'RESOLVED') = ("disposition" is not null))
);
--> statement-breakpoint
CREATE TABLE `draft_replaces` (
	`draft_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	CONSTRAINT `fk_draft_replaces_draft_id_drafts_id_fk` FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`),
	CONSTRAINT `fk_draft_replaces_version_id_versions_id_fk` FOREIGN KEY (`version_id`) REFERENCES `versions`(`id`)
);
--> statement-breakpoint
CREATE TABLE `draft_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`draft_id` integer NOT NULL,
	`number` integer NOT NULL,
	`note` text,
	`created_by_id` integer NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT `fk_draft_revisions_draft_id_drafts_id_fk` FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`),
	CONSTRAINT `fk_draft_revisions_created_by_id_people_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
CREATE TABLE `drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`committee_id` integer NOT NULL,
	`leader_id` integer NOT NULL,
	`standard_id` integer,
	`new_standard_designation` text,
	`new_standard_kind` text,
	`publisher` text,
	`title_en` text NOT NULL,
	`title_zh` text,
	`version_designation` text NOT NULL,
	`version_type` text NOT NULL,
	`base_version_id` integer,
	`stage` text NOT NULL,
	`public_enquiry` integer DEFAULT false NOT NULL,
	`lock_version` integer DEFAULT 1 NOT NULL,
	`published_version_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_drafts_committee_id_committees_id_fk` FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`),
	CONSTRAINT `fk_drafts_leader_id_people_id_fk` FOREIGN KEY (`leader_id`) REFERENCES `people`(`id`),
	CONSTRAINT `fk_drafts_standard_id_standards_id_fk` FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`),
	CONSTRAINT `fk_drafts_base_version_id_versions_id_fk` FOREIGN KEY (`base_version_id`) REFERENCES `versions`(`id`),
	CONSTRAINT `fk_drafts_published_version_id_versions_id_fk` FOREIGN KEY (`published_version_id`) REFERENCES `versions`(`id`),
	CONSTRAINT "drafts_stage_check" CHECK("stage" in ('PROPOSAL', 'WORKING_DRAFT', 'COMMITTEE_DRAFT', 'ENQUIRY', 'APPROVAL', 'PUBLISHED', 'CANCELLED')),
	CONSTRAINT "drafts_target_check" CHECK(("standard_id" is null) = ("new_standard_designation" is not null))
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`at` text NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`data` text NOT NULL,
	CONSTRAINT `fk_events_actor_id_people_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`committee_id` integer NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT `fk_memberships_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`),
	CONSTRAINT `fk_memberships_committee_id_committees_id_fk` FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`),
	CONSTRAINT "memberships_role_check" CHECK("role" in ('CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER'))
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`name` text NOT NULL,
	`email` text NOT NULL UNIQUE,
	`organisation` text,
	`organisation_kind` text,
	`is_admin` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "people_org_kind_check" CHECK("organisation_kind" is null or "organisation_kind" in ('LAB', 'MAKER', 'SUPPLIER', 'INSTITUTE', 'REGULATOR', 'OTHER'))
);
--> statement-breakpoint
CREATE TABLE `revision_clauses` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`revision_id` integer NOT NULL,
	`parent_id` integer,
	`position` integer NOT NULL,
	`number` text NOT NULL,
	`heading` text NOT NULL,
	`text` text,
	`informative` integer DEFAULT false NOT NULL,
	CONSTRAINT `fk_revision_clauses_revision_id_draft_revisions_id_fk` FOREIGN KEY (`revision_id`) REFERENCES `draft_revisions`(`id`),
	CONSTRAINT `fk_revision_clauses_parent_id_revision_clauses_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `revision_clauses`(`id`)
);
--> statement-breakpoint
CREATE TABLE `votes` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`ballot_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`value` text NOT NULL,
	`reason` text,
	`cast_at` text NOT NULL,
	CONSTRAINT `fk_votes_ballot_id_ballots_id_fk` FOREIGN KEY (`ballot_id`) REFERENCES `ballots`(`id`),
	CONSTRAINT `fk_votes_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`),
	CONSTRAINT "votes_value_check" CHECK("value" in ('APPROVE', 'DISAPPROVE', 'ABSTAIN')),
	CONSTRAINT "votes_reason_check" CHECK("value" <> 'DISAPPROVE' or length(trim(coalesce("reason", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE `write_permits` (
	`kind` text PRIMARY KEY
);
--> statement-breakpoint
CREATE INDEX `api_tokens_person_idx` ON `api_tokens` (`person_id`);--> statement-breakpoint
CREATE INDEX `ballots_draft_idx` ON `ballots` (`draft_id`);--> statement-breakpoint
CREATE INDEX `comment_replies_thread_idx` ON `comment_replies` (`thread_id`);--> statement-breakpoint
CREATE INDEX `comment_threads_revision_idx` ON `comment_threads` (`revision_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `draft_replaces_unique` ON `draft_replaces` (`draft_id`,`version_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `draft_revisions_number_unique` ON `draft_revisions` (`draft_id`,`number`);--> statement-breakpoint
CREATE INDEX `drafts_committee_idx` ON `drafts` (`committee_id`);--> statement-breakpoint
CREATE INDEX `events_entity_idx` ON `events` (`entity_type`,`entity_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_person_committee_unique` ON `memberships` (`person_id`,`committee_id`);--> statement-breakpoint
CREATE INDEX `memberships_committee_idx` ON `memberships` (`committee_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `revision_clauses_number_unique` ON `revision_clauses` (`revision_id`,`number`);--> statement-breakpoint
CREATE INDEX `revision_clauses_parent_idx` ON `revision_clauses` (`parent_id`);--> statement-breakpoint
CREATE INDEX `votes_ballot_person_idx` ON `votes` (`ballot_id`,`person_id`);