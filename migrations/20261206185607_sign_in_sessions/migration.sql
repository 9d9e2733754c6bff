CREATE TABLE `account_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL UNIQUE,
	`created_by_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	CONSTRAINT `fk_account_links_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`),
	CONSTRAINT `fk_account_links_created_by_id_people_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `people`(`id`),
	CONSTRAINT "account_links_purpose_check" CHECK("purpose" in ('INVITATION', 'PASSWORD_RESET'))
);
--> statement-breakpoint
CREATE TABLE `person_passwords` (
	`person_id` integer PRIMARY KEY,
	`hash` text NOT NULL,
	`changed_at` text NOT NULL,
	CONSTRAINT `fk_person_passwords_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`token_hash` text NOT NULL UNIQUE,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`user_agent` text,
	`revoked_at` text,
	CONSTRAINT `fk_sessions_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
CREATE INDEX `account_links_person_idx` ON `account_links` (`person_id`);--> statement-breakpoint
CREATE INDEX `sessions_person_idx` ON `sessions` (`person_id`);