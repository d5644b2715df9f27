"use server";
import { defineAction } from "@/lib/actions/action-client";
import { createUser, resetPassword, setActive, updateRoles } from "@/lib/users/commands";
import { createUserSchema, resetPasswordSchema, setActiveSchema, updateRolesSchema } from "@/lib/users/schema";

// The user administration's writes (admins only), each through the one write path.
export const createUserAction = defineAction({ schema: createUserSchema, roles: ["ADMIN"], run: createUser });
export const updateRolesAction = defineAction({ schema: updateRolesSchema, roles: ["ADMIN"], run: updateRoles });
export const setActiveAction = defineAction({ schema: setActiveSchema, roles: ["ADMIN"], run: setActive });
export const resetPasswordAction = defineAction({ schema: resetPasswordSchema, roles: ["ADMIN"], run: resetPassword });
