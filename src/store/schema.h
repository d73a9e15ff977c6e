// Internal: the store's schema, one SQL script per version.
#ifndef KHALDUN_SRC_STORE_SCHEMA_H_
#define KHALDUN_SRC_STORE_SCHEMA_H_

namespace khaldun::internal {

// The script that moves a database from version `version` - 1 to `version`
// (1-based), or nullptr past the latest. Exposed for the migration tests,
// which build databases of older versions.
const char* MigrationSql(int version);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_STORE_SCHEMA_H_
