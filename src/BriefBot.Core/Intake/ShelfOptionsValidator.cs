using BriefBot.Core.Settings;
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
                failures.Add($"{SettingName.Of(key + ":Url")} is “{feed.Url}”: give an http(s) address of an RSS or Atom feed.");
            }

            if (!string.IsNullOrWhiteSpace(feed.Every) && !IntervalText.TryParse(feed.Every, out _, out var error))
            {
                failures.Add($"{SettingName.Of(key + ":Every")}: {error}");
            }
        }

        if (!IntervalText.TryParse(options.DefaultEvery, out _, out var defaultError))
        {
            failures.Add($"{SettingName.Of("Shelf:DefaultEvery")}: {defaultError}");
        }

        if (options.FirstImportLimit < 1)
        {
            failures.Add($"{SettingName.Of("Shelf:FirstImportLimit")} is {options.FirstImportLimit}: it must be a whole number, at least 1.");
        }

        if (options.MaxBytes < 1024)
        {
            failures.Add($"{SettingName.Of("Shelf:MaxBytes")} is {options.MaxBytes}: it must be a number of bytes, at least 1024.");
        }

        if (options.MaxRedirects < 0)
        {
            failures.Add($"{SettingName.Of("Shelf:MaxRedirects")} is {options.MaxRedirects}: it must be a whole number, 0 or more.");
        }

        Positive("Shelf:Timeout", options.Timeout, "00:00:30", failures);
        Positive("Shelf:FirstBackoff", options.FirstBackoff, "00:05:00", failures);
        if (options.PerHostInterval < TimeSpan.Zero)
        {
            failures.Add($"{SettingName.Of("Shelf:PerHostInterval")} is {options.PerHostInterval}: it must be a time span of 0 or more, like 00:00:01.");
        }

        if (options.MaxBackoff < options.FirstBackoff)
        {
            failures.Add($"{SettingName.Of("Shelf:MaxBackoff")} is {options.MaxBackoff}: it must be a time span at least Shelf:FirstBackoff ({options.FirstBackoff}), like 12:00:00.");
        }

        for (var i = 0; i < options.AllowedHosts.Count; i++)
        {
            if (Uri.CheckHostName(options.AllowedHosts[i]?.Trim()) == UriHostNameType.Unknown)
            {
                failures.Add($"{SettingName.Of(FormattableString.Invariant($"Shelf:AllowedHosts:{i}"))} is “{options.AllowedHosts[i]}”: name a host such as 127.0.0.1 or intranet.example.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(string key, TimeSpan value, string example, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{SettingName.Of(key)} is {value}: it must be a positive time span, like {example}.");
        }
    }
}
