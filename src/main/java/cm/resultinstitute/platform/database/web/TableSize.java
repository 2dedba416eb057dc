package cm.resultinstitute.platform.database.web;

/** One table of the platform's schema with everything it takes on disk (indexes and TOAST included). */
record TableSize(String schemaName, String tableName, String size, long bytes) {}
