namespace Claims.Domain.Evidence;

/// <summary>What a photo or document on a claim shows (DOMAIN.md "Evidence and fraud"); damage photos also name the part position.</summary>
public enum EvidenceCategory
{
    Scene, Damage, Odometer, VinPlate, DrivingLicence, Registration, IdDocument, PoliceReport, Invoice,
}

/// <summary>The file kinds a claim accepts, known by their content, never by their name.</summary>
public enum EvidenceKind { Jpeg, Png, Pdf }
