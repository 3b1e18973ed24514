using BriefBot.Core.State;
using Xunit;

namespace BriefBot.Core.Tests.State;

public sealed class StateOptionsValidatorTests
{
    private static IEnumerable<string> Failures(StateOptions options) =>
        new StateOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void The_default_litedb_file_needs_no_state_settings() =>
        Assert.Empty(Failures(new StateOptions()));

    [Fact]
    public void Postgres_with_a_connection_string_is_accepted() =>
        Assert.Empty(Failures(new StateOptions { Provider = "Postgres", ConnectionString = "Host=db;Database=briefbot;Username=briefbot" }));

    [Fact]
    public void Postgres_without_a_connection_string_names_the_variable_to_set() =>
        Assert.Contains("State__ConnectionString", Assert.Single(Failures(new StateOptions { Provider = "postgres" })), StringComparison.Ordinal);

    [Fact]
    public void An_unreadable_connection_string_is_refused() =>
        Assert.Contains("cannot be read", Assert.Single(Failures(new StateOptions { Provider = "postgres", ConnectionString = "Nonsense Key=1" })), StringComparison.Ordinal);

    [Fact]
    public void An_unknown_provider_names_the_ones_there_are() =>
        Assert.Contains("use litedb", Assert.Single(Failures(new StateOptions { Provider = "mysql" })), StringComparison.Ordinal);

    [Fact]
    public void A_connection_string_without_the_postgres_provider_is_refused_so_replicas_never_keep_files_of_their_own() =>
        Assert.Contains("State__Provider=postgres", Assert.Single(Failures(new StateOptions { ConnectionString = "Host=db" })), StringComparison.Ordinal);
}
