// Filled in by the migration commit.
