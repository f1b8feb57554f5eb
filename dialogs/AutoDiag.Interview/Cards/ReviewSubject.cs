using System.Globalization;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>What a review listing is about: a theme across communes, or a commune across themes.</summary>
public sealed record ReviewSubject(string? ThemeId, int? CommuneId)
{
    public static ReviewSubject Theme(string themeId) => new(themeId, null);

    public static ReviewSubject Commune(int communeId) => new(null, communeId);

    public JObject Open(int page) => ThemeId is { } themeId
        ? CardActions.Data(CardActions.OpenTheme, (ReviewListCard.ThemeIdField, themeId), (ReviewListCard.PageField, Number(page)))
        : CardActions.Data(CardActions.OpenCommune, (ReviewListCard.CommuneIdField, Number(CommuneId!.Value)), (ReviewListCard.PageField, Number(page)));

    public JObject Mark() => ThemeId is { } themeId
        ? CardActions.Data(CardActions.MarkReviewed, (ReviewListCard.ThemeIdField, themeId))
        : CardActions.Data(CardActions.MarkReviewed, (ReviewListCard.CommuneIdField, Number(CommuneId!.Value)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
