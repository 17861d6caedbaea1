/** Thrown by every write while the database is read-only (it was written by a newer app). */
export class ReadOnlyDatabaseError extends Error {
  constructor() {
    super('数据库由更新版本的文明实践前台写入，当前版本只能查看，不能修改。请升级本程序。');
    this.name = 'ReadOnlyDatabaseError';
  }
}
