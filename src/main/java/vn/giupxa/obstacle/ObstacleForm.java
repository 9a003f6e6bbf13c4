package vn.giupxa.obstacle;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** What a commune officer or a helper types to raise an item; the program item and criterion are optional. */
record ObstacleForm(
		@NotBlank(message = "{obstacle.commune.required}") String communeCode,
		@NotNull(message = "{obstacle.kind.required}") ObstacleKind kind,
		@NotBlank(message = "{obstacle.category.required}") String categoryCode,
		@NotBlank(message = "{obstacle.title.required}") @Size(max = 300, message = "{obstacle.title.tooLong}") String title,
		@NotBlank(message = "{obstacle.description.required}") @Size(max = 10000, message = "{obstacle.description.tooLong}") String description,
		Long programComponentId, Long criterionId, List<MultipartFile> files) {

	static ObstacleForm empty(String communeCode) {
		return new ObstacleForm(communeCode, ObstacleKind.DIFFICULTY, "", "", "", null, null, List.of());
	}
}
