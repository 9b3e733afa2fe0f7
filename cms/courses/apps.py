from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "cms.courses"
    label = "courses"
    verbose_name = "Qualifizierungen"
