using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntqDomain.Docx;

/// <summary>The effective formatting of a run: document defaults, then the paragraph style chain, the character style chain, and the run's own properties.</summary>
internal readonly record struct RunFormat(string? Font, int? HalfPoints, bool Bold, bool Italic, bool Caps, string? Color)
{
    /// <summary>Resolves formatting against a document's styles and theme.</summary>
    internal sealed class Resolver
    {
        private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
        private readonly RunPropertiesBaseStyle? defaults;
        private readonly ParagraphPropertiesBaseStyle? paragraphDefaults;
        private readonly string? majorFont;
        private readonly string? minorFont;

        public Resolver(MainDocumentPart main)
        {
            var all = main.StyleDefinitionsPart?.Styles;
            defaults = all?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
            paragraphDefaults = all?.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle;
            foreach (var s in all?.Elements<Style>() ?? [])
            {
                if (s.StyleId?.Value is { } id)
                {
                    styles[id] = s;
                }
            }

            var fonts = main.ThemePart?.Theme?.ThemeElements?.FontScheme;
            majorFont = fonts?.MajorFont?.LatinFont?.Typeface?.Value;
            minorFont = fonts?.MinorFont?.LatinFont?.Typeface?.Value;
        }

        /// <summary>The paragraph's justification through its style chain, as written in the XML ("center", "both", …), or null.</summary>
        public string? Justification(Paragraph p)
        {
            // The attribute's XML value ("center", "both"): the SDK's enum text differs between built and parsed values.
            if (p.ParagraphProperties?.Justification?.Val is { HasValue: true } direct)
            {
                return direct.InnerText;
            }

            foreach (var s in Chain(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
            {
                if (s.StyleParagraphProperties?.Justification?.Val is { HasValue: true } j)
                {
                    return j.InnerText;
                }
            }

            return null;
        }

        /// <summary>The paragraph's spacing through its style chain and the document defaults: before, after (twentieths of a point), line and its rule.</summary>
        public (int Before, int After, int Line, string Rule) Spacing(Paragraph p)
        {
            int? before = null, after = null, line = null;
            string? rule = null;
            void Take(SpacingBetweenLines? s)
            {
                if (s is null)
                {
                    return;
                }

                before ??= s.Before?.Value is { } b && int.TryParse(b, out int bv) ? bv : null;
                after ??= s.After?.Value is { } a && int.TryParse(a, out int av) ? av : null;
                line ??= s.Line?.Value is { } l && int.TryParse(l, out int lv) ? lv : null;
                rule ??= s.LineRule is { HasValue: true } r ? r.InnerText : null;
            }

            Take(p.ParagraphProperties?.SpacingBetweenLines);
            foreach (var s in Chain(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
            {
                Take(s.StyleParagraphProperties?.SpacingBetweenLines);
            }

            Take(paragraphDefaults?.SpacingBetweenLines);
            return (before ?? 0, after ?? 0, line ?? 240, rule ?? "auto");
        }

        /// <summary>The effective formatting of <paramref name="run"/> in <paragraph name="paragraph"/>.</summary>
        public RunFormat Of(Paragraph paragraph, Run run)
        {
            var f = new RunFormat(null, null, false, false, false, null);
            f = Apply(f, defaults?.RunFonts, defaults?.FontSize, defaults?.Bold, defaults?.Italic, defaults?.Caps, defaults?.Color);
            foreach (var s in Chain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value).Reverse())
            {
                var r = s.StyleRunProperties;
                f = Apply(f, r?.RunFonts, r?.FontSize, r?.Bold, r?.Italic, r?.Caps, r?.Color);
            }

            foreach (var s in Chain(run.RunProperties?.RunStyle?.Val?.Value).Reverse())
            {
                var r = s.StyleRunProperties;
                f = Apply(f, r?.RunFonts, r?.FontSize, r?.Bold, r?.Italic, r?.Caps, r?.Color);
            }

            var d = run.RunProperties;
            return Apply(f, d?.RunFonts, d?.FontSize, d?.Bold, d?.Italic, d?.Caps, d?.Color);
        }

        private RunFormat Apply(RunFormat f, RunFonts? fonts, FontSize? size, OnOffType? bold, OnOffType? italic, OnOffType? caps, Color? color)
        {
            string? font = fonts?.HighAnsi?.Value ?? fonts?.Ascii?.Value
                ?? Theme(fonts?.HighAnsiTheme?.Value ?? fonts?.AsciiTheme?.Value);
            return f with
            {
                Font = font ?? f.Font,
                HalfPoints = size?.Val?.Value is { } v && int.TryParse(v, out int hp) ? hp : f.HalfPoints,
                Bold = On(bold) ?? f.Bold,
                Italic = On(italic) ?? f.Italic,
                Caps = On(caps) ?? f.Caps,
                Color = color?.Val?.Value ?? f.Color,
            };
        }

        private string? Theme(ThemeFontValues? theme)
        {
            if (theme is null)
            {
                return null;
            }

            string name = theme.Value.ToString();
            return name.StartsWith("major", StringComparison.OrdinalIgnoreCase) ? majorFont : minorFont;
        }

        private static bool? On(OnOffType? t) => t is null ? null : t.Val is null || t.Val.Value;

        /// <summary>The style with <paramref name="id"/> and its bases, derived first (at most 16 deep).</summary>
        private IEnumerable<Style> Chain(string? id)
        {
            for (int depth = 0; id is not null && depth < 16 && styles.TryGetValue(id, out var s); depth++)
            {
                yield return s;
                id = s.BasedOn?.Val?.Value;
            }
        }
    }
}
