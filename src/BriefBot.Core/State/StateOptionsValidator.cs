using Microsoft.Extensions.Options;
using Npgsql;

namespace BriefBot.Core.State;

/// <summary>Checks the state settings before the host starts, naming the variable to fix.</summary>
internal sealed class StateOptionsValidator : IValidateOptions<StateOptions>
{
    public ValidateOptionsResult Validate(string? name, StateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasConnection = !string.IsNullOrWhiteSpace(options.ConnectionString);
        if (options.IsPostgres)
        {
            if (!hasConnection)
            {
                failures.Add("State:Provider (State__Provider) is postgres but State:ConnectionString (State__ConnectionString) is empty: give it, for example Host=db;Database=briefbot;Username=briefbot;Password=….");
            }
            else if (!Parses(options.ConnectionString!, out var error))
            {
                failures.Add($"State:ConnectionString (State__ConnectionString) cannot be read: {error}");
            }
        }
        else if (!string.Equals(options.Provider, StateOptions.LiteDb, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"State:Provider (State__Provider) is “{options.Provider}”: use litedb (the default, one file) or postgres.");
        }
        else if (hasConnection)
        {
            // Replicas that each quietly kept a file of their own would each send every digest.
            failures.Add("State:ConnectionString (State__ConnectionString) is set but State:Provider (State__Provider) is litedb: set State__Provider=postgres to use it, or remove the connection string.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool Parses(string connectionString, out string error)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            error = "";
            return true;
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return false;
        }
    }
}
