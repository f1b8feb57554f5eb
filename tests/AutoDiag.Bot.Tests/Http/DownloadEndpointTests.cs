using System.Net;
using System.Text;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Http;

/// <summary>« fiche synthèse » and « exporter » in Teams give links; the host serves the documents behind them.</summary>
public sealed class DownloadEndpointTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private AutoDiagWebFactory factory = null!;
    private HttpClient client = null!;
    private int activity;

    public async Task InitializeAsync()
    {
        factory = new AutoDiagWebFactory { ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) };
        client = factory.CreateClient();
        var services = factory.Services;
        await using var db = await services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>().CreateDbContextAsync();
        var intercommunality = (await db.Intercommunalities.SingleAsync()).Id;
        await services.GetRequiredService<ParticipantDirectory>()
            .RegisterAsync(new Registration("aad-http", "Claire", ParticipantRole.Consultant, intercommunality, []));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task The_fiche_synthese_link_opens_a_self_contained_page_that_runs_nothing()
    {
        var links = await LinksAfterAsync("fiche synthèse");
        Assert.Equal(
            ["Fiche synthèse (page à imprimer)", "Fiche synthèse (texte Markdown)", "Carte des risques (image)", "Réponses (classeur Excel)"],
            links.Keys);
        Assert.All(links.Values, url => Assert.StartsWith("http://localhost/downloads/", url, StringComparison.Ordinal));

        var response = await client.GetAsync(links["Fiche synthèse (page à imprimer)"]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("CC Flandre Lys", html);
        Assert.Contains("data:image/png;base64,", html);
    }

    [Fact]
    public async Task The_heatmap_link_gives_a_png_and_the_spreadsheet_link_a_workbook()
    {
        var links = await LinksAfterAsync("fiche synthèse");

        var png = await client.GetByteArrayAsync(links["Carte des risques (image)"]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);

        var xlsx = await client.GetAsync(links["Réponses (classeur Excel)"]);
        Assert.Contains("attachment", xlsx.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^reponses-cc-flandre-lys-\d{4}-\d{2}-\d{2}\.xlsx$", xlsx.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), isEditable: false);
        Assert.Contains("Matrice", workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public async Task The_csv_export_opens_in_french_excel()
    {
        var links = await LinksAfterAsync("exporter");

        var csv = await client.GetByteArrayAsync(links["Réponses (CSV)"]);

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.StartsWith("Commune;Type;Texte", Encoding.UTF8.GetString(csv[3..]));
    }

    [Fact]
    public async Task An_altered_link_gives_nothing_and_says_so_in_french()
    {
        var url = (await LinksAfterAsync("exporter"))["Réponses (CSV)"];

        var response = await client.GetAsync(url[..^3] + "xyz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("Ce lien de téléchargement n'est pas valable.", PlainText.Of(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_link_stops_working_after_its_lifetime()
    {
        var url = (await LinksAfterAsync("exporter"))["Réponses (CSV)"];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.StartsWith("Ce lien de téléchargement a expiré.", PlainText.Of(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_link_no_longer_works_once_its_owner_lost_the_right()
    {
        var url = (await LinksAfterAsync("exporter"))["Réponses (CSV)"];
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>().CreateDbContextAsync())
        {
            var consultant = await db.Participants.SingleAsync(p => p.ChannelUserId == "aad-http");
            consultant.Role = ParticipantRole.Elu;
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The buttons of the card the bot answers <paramref name="command"/> with: title → URL.</summary>
    private async Task<Dictionary<string, string>> LinksAfterAsync(string command)
    {
        factory.Connector.Sent.Clear();
        var message = new JObject
        {
            ["type"] = "message",
            ["id"] = $"act-{++activity}",
            ["text"] = command,
            ["channelId"] = "msteams",
            ["serviceUrl"] = "https://connector.test/",
            ["conversation"] = new JObject { ["id"] = "http-conv", ["conversationType"] = "personal" },
            ["from"] = new JObject { ["id"] = "29:http-user", ["name"] = "Claire", ["aadObjectId"] = "aad-http" },
            ["recipient"] = new JObject { ["id"] = "28:autodiag", ["name"] = "AutoDiag social" },
            ["locale"] = "fr-FR",
        };
        var posted = await client.PostAsync("/api/messages", new StringContent(message.ToString(), Encoding.UTF8, "application/json"));
        Assert.True(posted.IsSuccessStatusCode);
        var card = factory.Connector.Sent.Select(s => s.Activity.SelectToken("$.attachments[0].content")).Single(c => c is not null)!;
        return card.SelectTokens("$.actions[?(@.type == 'Action.OpenUrl')]")
            .ToDictionary(a => PlainText.Of((string?)a["title"]), a => (string)a["url"]!);
    }
}
