namespace Claims.Domain.Documents;

/// <summary>Pre-numbered forms whose every serial is accounted for.</summary>
public enum DocumentType { PolicyForm, PremiumReceipt, Endorsement, RefundReceipt }

/// <summary>Who holds a range: head office allocates to branches, branches to agents; agents issue.</summary>
public enum HolderKind { HeadOffice, Branch, Agent }

public enum SerialStatus { Issued, Void, Lost, Destroyed }
