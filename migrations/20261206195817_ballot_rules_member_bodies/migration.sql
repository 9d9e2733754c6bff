CREATE TABLE `committee_ballot_rules` (
	`committee_id` integer PRIMARY KEY,
	`rule` text NOT NULL,
	`votes_by` text NOT NULL,
	`enquiry_minimum_days` integer DEFAULT 0 NOT NULL,
	`approval_minimum_days` integer DEFAULT 0 NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_committee_ballot_rules_committee_id_committees_id_fk` FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`),
	CONSTRAINT "committee_ballot_rules_rule_check" CHECK("rule" in ('ISO', 'SAC', 'UNECE_AC1')),
	CONSTRAINT "committee_ballot_rules_votes_by_check" CHECK("votes_by" in ('PERSON', 'MEMBER_BODY')),
	CONSTRAINT "committee_ballot_rules_days_check" CHECK("enquiry_minimum_days" between 0 and 366 and "approval_minimum_days" between 0 and 366)
);
--> statement-breakpoint
ALTER TABLE `ballots` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `ballots` ADD `votes_by` text;--> statement-breakpoint
ALTER TABLE `ballots` ADD `explanation_en` text;--> statement-breakpoint
ALTER TABLE `ballots` ADD `explanation_zh` text;--> statement-breakpoint
ALTER TABLE `memberships` ADD `member_body` text;--> statement-breakpoint
ALTER TABLE `memberships` ADD `head_of_delegation` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `votes` ADD `member_body` text;