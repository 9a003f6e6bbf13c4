package vn.giupxa.directory;

/** What kind of body an agency ("cơ quan, đơn vị") is. */
public enum AgencyKind {
	/** Sở, ban, ngành. */
	DEPARTMENT,
	/** Đơn vị sự nghiệp, đơn vị trực thuộc. */
	UNIT,
	/** Mặt trận Tổ quốc, đoàn thể chính trị – xã hội. */
	MASS_ORGANISATION,
	/** Doanh nghiệp. */
	ENTERPRISE,
	/** Ngân hàng. */
	BANK,
	/** Văn phòng Điều phối nông thôn mới: runs assignments and compiles reports. */
	COORDINATION_OFFICE,
	/** Văn phòng Ủy ban nhân dân. */
	PEOPLES_COMMITTEE_OFFICE
}
