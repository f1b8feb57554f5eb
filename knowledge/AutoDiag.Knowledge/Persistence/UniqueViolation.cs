using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Persistence;

/// <summary>Recognises the error a unique index raises, on every provider we run on.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const string PostgresUniqueViolation = "23505";

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        DbException other => other.SqlState == PostgresUniqueViolation,
        _ => false,
    };
}
