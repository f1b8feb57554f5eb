namespace AutoDiag.Knowledge.Privacy;

/// <summary>The kinds of personal data about residents that <see cref="PersonalDataMasker"/> finds and masks.</summary>
public enum PersonalDataKind
{
    /// <summary>A telephone number (French national or international format), masked as « [téléphone] ».</summary>
    Phone,

    /// <summary>An e-mail address, masked as « [e-mail] ».</summary>
    Email,

    /// <summary>A street address (number and street, or a street where someone lives), masked as « [adresse] ».</summary>
    StreetAddress,

    /// <summary>A person's name after a civility or a family word (« Mme Dupont », « la famille Benali »), masked as « [nom] ».</summary>
    PersonName,

    /// <summary>The precise age (or birth date) of a named or designated person, masked as « [âge] ».</summary>
    Age,
}
