package vn.giupxa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GiupXaApplication {

	public static void main(String[] args) {
		SpringApplication.run(GiupXaApplication.class, args);
	}
}
