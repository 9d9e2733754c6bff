DROP INDEX IF EXISTS `standards_committee_idx`;--> statement-breakpoint
CREATE INDEX `standards_designation_idx` ON `standards` (`designation`,`id`);--> statement-breakpoint
CREATE INDEX `standards_committee_designation_idx` ON `standards` (`committee_id`,`designation`,`id`);