package vn.giupxa.obstacle;

/** A difficulty ("khó khăn, vướng mắc") or a proposal ("kiến nghị, đề xuất", mechanisms and policies included). */
public enum ObstacleKind {
	DIFFICULTY, PROPOSAL
}
