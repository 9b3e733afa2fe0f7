"""Delivery states for editors: only of pages they may edit."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import permissions, serializers, viewsets

from channels.admin_views import editable_deliveries
from channels.models import Delivery


class IsEditor(permissions.BasePermission):
    message = "Nur für angemeldete Redakteur*innen."

    def has_permission(self, request, view):
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


class DeliverySerializer(serializers.ModelSerializer):
    state_label = serializers.CharField(source="status_label")

    class Meta:
        model = Delivery
        fields = [
            "id",
            "page",
            "page_title",
            "revision",
            "channel",
            "action",
            "state",
            "state_label",
            "attempts",
            "external_id",
            "external_url",
            "last_error",
            "created_at",
            "updated_at",
            "sent_at",
        ]


FORBIDDEN = OpenApiResponse(description="Nicht angemeldet oder keine Redakteur*in")
NOT_FOUND = OpenApiResponse(description="Keine Verbreitung einer Seite, die Sie bearbeiten dürfen")


@extend_schema_view(
    list=extend_schema(
        operation_id="deliveries_list",
        tags=["deliveries"],
        parameters=[OpenApiParameter("page_id", OpenApiTypes.INT32, description="Nur diese Seite")],
        responses={200: DeliverySerializer(many=True), 403: FORBIDDEN},
    ),
    retrieve=extend_schema(
        operation_id="deliveries_detail",
        tags=["deliveries"],
        responses={200: DeliverySerializer, 403: FORBIDDEN, 404: NOT_FOUND},
    ),
)
class DeliveryViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = DeliverySerializer
    permission_classes = [IsEditor]

    def get_queryset(self):
        queryset = editable_deliveries(self.request.user).order_by("-pk")
        if page := self.request.query_params.get("page_id"):
            queryset = queryset.filter(page_id=page) if page.isdigit() else queryset.none()
        return queryset
