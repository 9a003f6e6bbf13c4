package vn.giupxa.program;

/** The kind of a node in a program's tree: hợp phần, dự án, tiểu dự án, nội dung (thành phần). */
enum ComponentKind {
	PART, PROJECT, SUB_PROJECT, CONTENT
}
