namespace Portrea.Web.Features.Pdf;

/// <summary>Settings of PDF printing (<c>Portrea:Pdf</c>).</summary>
public sealed class PdfOptions
{
    public const string Section = "Portrea:Pdf";

    /// <summary>Path of the headless Chromium that prints (Debian package <c>chromium</c>).</summary>
    public string Chromium { get; set; } = "/usr/bin/chromium";

    /// <summary>Printings at once: each Chromium takes a core and 100–200 MB, so more would only queue inside the kernel.</summary>
    public int Simultanes { get; set; } = 2;

    /// <summary>How long a request waits for a free printer before being told to retry.</summary>
    public int AttenteSecondes { get; set; } = 60;

    /// <summary>How long one printing may take before Chromium is stopped.</summary>
    public int DelaiSecondes { get; set; } = 60;
}
