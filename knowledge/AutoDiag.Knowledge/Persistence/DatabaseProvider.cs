namespace AutoDiag.Knowledge.Persistence;

/// <summary>The database behind the application (setting <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One embedded file: the default, for a single instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, shared by several instances.</summary>
    Postgres,
}
