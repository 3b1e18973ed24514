using Microsoft.Extensions.Options;

namespace BriefBot.Core.Intake;

/// <summary>Checks the shelf settings before the host starts and names every problem with the setting to fix.</summary>
internal sealed class ShelfOptionsValidator : IValidateOptions<ShelfOptions>
{
    public ValidateOptionsResult Validate(string? name, ShelfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Feeds.Count; i++)
        {
            var feed = options.Feeds[i];
            var key = FormattableString.Invariant($"Shelf:Feeds:{i}");
            if (!Uri.TryCreate(feed.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                failures.Add($"{key}:Url (Shelf__Feeds__{i}__Url) is “{feed.Url}”: give an http(s) address of an RSS or Atom feed.");
            }

            if (!string.IsNullOrWhiteSpace(feed.Every) && !IntervalText.TryParse(feed.Every, out _, out var error))
            {
                failures.Add($"{key}:Every: {error}");
            }
        }

        if (!IntervalText.TryParse(options.DefaultEvery, out _, out var defaultError))
        {
            failures.Add($"Shelf:DefaultEvery: {defaultError}");
        }

        if (options.FirstImportLimit < 1)
        {
            failures.Add("Shelf:FirstImportLimit must be at least 1.");
        }

        if (options.MaxBytes < 1024 || options.Timeout <= TimeSpan.Zero || options.MaxRedirects < 0 || options.PerHostInterval < TimeSpan.Zero)
        {
            failures.Add("Shelf:MaxBytes must be at least 1024, Shelf:Timeout positive, Shelf:MaxRedirects and Shelf:PerHostInterval not negative.");
        }

        if (options.AllowedHosts.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Shelf:AllowedHosts has an empty entry: name a host such as 127.0.0.1 or intranet.example.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
